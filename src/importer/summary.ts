import { formatLongDate } from '../domain/dates.js';
import type { ImportIssue } from '../domain/types.js';
import type { ImportResult } from './types.js';

/** The Spanish report `rinde import` prints: what was found, then what needs a look. */
export function formatImportSummary(result: ImportResult): string {
  if (!result.ok) {
    return [
      `No se importó el plan: ${countOf(result.errors.length, 'error', 'errores')} que corregir en el archivo.`,
      ...result.errors.map(bullet),
      ...issueSection('Advertencias', result.warnings),
    ].join('\n');
  }
  const { plan, summary } = result;
  return [
    `Plan de ${plan.entity}: ${countOf(summary.activityCount, 'actividad', 'actividades')} (hoja «${summary.sheetName}», encabezados en la fila ${summary.headerRow}).`,
    `Vigencia: del ${formatLongDate(plan.vigencia.from)} al ${formatLongDate(plan.vigencia.to)}.`,
    '',
    'Actividades por subcomponente:',
    ...summary.subcomponents.map(
      (subcomponent) =>
        `  • ${subcomponent.code}. ${subcomponent.name}: ${countOf(subcomponent.activityCount, 'actividad', 'actividades')}`,
    ),
    '',
    `Dependencias encontradas (${summary.offices.length}):`,
    ...summary.offices.map((office) => `  • ${office}`),
    ...section(
      'Fechas que no se pudieron leer (las actividades quedan sin fecha de vencimiento)',
      summary.unreadSchedules.map(
        (unread) => `Fila ${unread.row}, actividad ${unread.activityCode}: «${unread.text || 'vacía'}»`,
      ),
    ),
    ...issueSection('Advertencias', result.warnings),
  ].join('\n');
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
