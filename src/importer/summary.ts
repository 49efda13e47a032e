import { formatLongDate } from '../domain/dates.js';
import type { ImportIssue } from '../domain/types.js';
import { formatColumnOverrides, overrideNameOf } from './mapping.js';
import type { ImportLayout, ImportResult } from './types.js';

/** The Spanish report `rinde import` prints: what was understood and found, then what needs a look. */
export function formatImportSummary(result: ImportResult): string {
  if (!result.ok) {
    return [
      `No se importó el plan: ${countOf(result.errors.length, 'error', 'errores')} que corregir en el archivo.`,
      ...result.errors.map(bullet),
      ...(result.layout ? ['', ...layoutLines(result.layout)] : []),
      ...issueSection('Advertencias', result.warnings),
    ].join('\n');
  }
  const { plan, summary } = result;
  return [
    `Plan de ${plan.entity}: ${countOf(summary.activityCount, 'actividad', 'actividades')} (hoja «${summary.sheetName}», ${headerRowsText(summary)}).`,
    `Vigencia: del ${formatLongDate(plan.vigencia.from)} al ${formatLongDate(plan.vigencia.to)}.`,
    '',
    ...layoutLines(summary),
    '',
    'Actividades por subcomponente:',
    ...summary.subcomponents.map(
      (subcomponent) =>
        `  • ${subcomponent.code}. ${subcomponent.name}: ${countOf(subcomponent.activityCount, 'actividad', 'actividades')}`,
    ),
    '',
    `Dependencias encontradas (${summary.offices.length}):`,
    ...summary.offices.map((office) => `  • ${office}`),
    ...issueSection('Filas que no se importaron (corríjalas en la hoja y vuelva a importar)', summary.skippedRows),
    ...section(
      'Fechas que no se pudieron leer (las actividades quedan sin fecha de vencimiento)',
      summary.unreadSchedules.map(
        (unread) => `Fila ${unread.row}, actividad ${unread.activityCode}: «${unread.text || 'vacía'}»`,
      ),
    ),
    ...issueSection('Advertencias', result.warnings),
  ].join('\n');
}

function headerRowsText({ headerRows: rows, firstRow }: ImportLayout): string {
  if (firstRow !== undefined) return `sin encabezados; actividades desde la fila ${firstRow}`;
  return rows.length === 1 ? `encabezados en la fila ${rows[0]}` : `encabezados en las filas ${rows.join(' y ')}`;
}

/** Which sheet, which columns, and whether a remembered `--columns` decided them. */
function layoutLines(layout: ImportLayout): string[] {
  const lines: string[] = [];
  if (layout.otherSheets.length > 0) {
    lines.push(
      `Se leyó la hoja «${layout.sheetName}»; no se leyeron ${layout.otherSheets.map((name) => `«${name}»`).join(', ')}.`,
    );
  }
  if (layout.firstRow !== undefined) {
    const id = layout.fields.find((field) => field.column === 'id')?.letter ?? '';
    lines.push(
      `La hoja no tiene fila de encabezados: se tomó la fila ${layout.firstRow} como la primera actividad (la primera con un ID de actividad en la columna ${id}).`,
    );
  }
  lines.push(
    'Columnas leídas (con los nombres de --columns):',
    ...layout.fields.map((field) => {
      const header = field.header === '' ? '' : ` («${field.header}»)`;
      return `  • ${overrideNameOf(field.column)}: columna ${field.letter}${header}${field.given ? ', indicada con --columns' : ''}`;
    }),
  );
  if (layout.ignoredHeaders.length > 0) {
    lines.push(`Columnas que no se importan: ${layout.ignoredHeaders.map((text) => `«${text}»`).join(', ')}.`);
  }
  if (layout.columnsFrom === 'remembered') {
    lines.push(
      `Se usaron las columnas guardadas en una importación anterior (--columns ${formatColumnOverrides(layout.columnOverrides)}). Para volver a deducirlas de los encabezados: rinde import ARCHIVO --forget-columns.`,
    );
  }
  return lines;
}

function issueSection(title: string, issues: readonly ImportIssue[]): string[] {
  return section(
    title,
    issues.map((issue) => issue.message),
  );
}

function section(title: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  return ['', `${title} (${lines.length}):`, ...lines.map((line) => `  • ${line}`)];
}

function bullet(issue: ImportIssue): string {
  return `  • ${issue.message}`;
}

function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
