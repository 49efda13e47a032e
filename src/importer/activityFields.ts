import { parseTarget } from '../domain/target.js';
import { readTargetCell } from '../domain/targetText.js';
import { squish } from '../domain/text.js';
import type { ActivityDraft, SubcomponentDraft, Target } from '../domain/types.js';
import { COLUMN_LABELS } from './columns.js';
import { cellText, isBlank } from './grid.js';
import { formatNumber, type IssueLog } from './issues.js';
import { type ColumnMapping, describeColumn } from './mapping.js';
import { type ActivityRow, shorten, type TotalRow } from './tableRows.js';

// The draft stage, row by row: each activity row's ID, target, text and progress checked and read, the totals
// checked against the targets, and the rows grouped into subcomponents. A row that cannot be read is a row error
// (IssueLog.rowError), which leaves it out of the plan.

/** What a row says on its own; its schedule needs the vigencia and its offices the whole plan's spellings. */
export type ActivityFields = Omit<ActivityDraft, 'schedule' | 'offices'>;

export function checkRepeatedIds(rows: readonly ActivityRow[], mapping: ColumnMapping, issues: IssueLog): void {
  const firstWithId = new Map<string, ActivityRow>();
  for (const row of rows) {
    const first = firstWithId.get(row.code);
    if (first === undefined) {
      firstWithId.set(row.code, row);
      continue;
    }
    const numberHint =
      first.idWasNumber && row.idWasNumber
        ? " Excel guarda 1.10 escrito como número igual que 1.1: si una de ellas es la 1.10, 1.20…, escriba su ID como texto, con un apóstrofo delante ('1.10)."
        : '';
    issues.rowError(
      row.row,
      describeColumn(mapping, 'id'),
      `el ID ${row.code} ya se usó en la fila ${first.row}. Cada actividad necesita un ID distinto: cambie el de esta fila.${numberHint}`,
    );
  }
}

export function readTarget(row: ActivityRow, mapping: ColumnMapping, issues: IssueLog): Target | null {
  const cell = row.cell('target');
  const read = readTargetCell(cell);
  const where = describeColumn(mapping, 'target');
  if (read === null) {
    const written = isBlank(cell) ? 'está vacía' : `dice «${shorten(cellText(cell))}»`;
    issues.rowError(
      row.row,
      where,
      `la meta de la actividad ${row.code} ${written}. Escriba un número, por ejemplo 10, 2,5 o «Dos (2) jornadas».`,
    );
    return null;
  }
  const { target, reading } = read;
  if (target.value <= 0) {
    issues.rowError(
      row.row,
      where,
      `la meta de la actividad ${row.code} es ${formatNumber(target.value)}; escriba una meta mayor que cero.`,
    );
    return null;
  }
  if (reading === 'not-applicable' || reading === 'assumed') {
    const why = reading === 'not-applicable' ? 'dice «N/A»' : `«${cellText(cell)}» no trae una cifra`;
    issues.warn(
      row.row,
      `la meta de la actividad ${row.code} ${why}: se importó con meta 1 (hecha o no hecha). Si es otra, escriba la cifra en la hoja, por ejemplo «Dos (2) jornadas».`,
    );
  }
  return target;
}

/**
 * A total row is dropped either way; one that disagrees with the targets above it (since the
 * previous subtotal, or from the top for a grand total) is worth a look, since someone may have
 * changed a target without the total or the other way round.
 */
export function checkTotals(totals: readonly TotalRow[], targets: readonly (Target | null)[], issues: IssueLog): void {
  let segmentStart = 0;
  for (const total of totals) {
    if (total.value === null) continue;
    const segment = sumAsStored(targets.slice(segmentStart, total.activitiesBefore));
    const all = sumAsStored(targets.slice(0, total.activitiesBefore));
    if (!sameAmount(total.value, segment) && !sameAmount(total.value, all)) {
      issues.warn(
        total.row,
        `la fila de total dice ${formatNumber(total.value)} en «${COLUMN_LABELS.target}», pero las metas anuales de las actividades de arriba suman ${formatNumber(segment)}. Esa fila no se importa; revise el total o las metas.`,
      );
    }
    segmentStart = total.activitiesBefore;
  }
}

/** As the sheet's own SUM sees them: a 100 % target is stored as 1. */
function sumAsStored(targets: readonly (Target | null)[]): number {
  return targets.reduce((sum, target) => {
    if (target === null) return sum;
    return sum + (target.unit === 'percent' ? target.value / 100 : target.value);
  }, 0);
}

function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** The subcomponent written on the row or above it; without one, the ID's first number ("2.3" is in 2). */
function subcomponentCodeOf(row: ActivityRow): string {
  return row.subcomponent?.code ?? idPrefix(row.code);
}

function idPrefix(code: string): string {
  return code.split('.')[0] ?? code;
}

export function groupSubcomponents(
  rows: readonly ActivityRow[],
  mapping: ColumnMapping,
  issues: IssueLog,
): SubcomponentDraft[] {
  const drafts = new Map<string, SubcomponentDraft>();
  let firstWithout: ActivityRow | null = null;
  for (const row of rows) {
    const written = row.subcomponent;
    const code = subcomponentCodeOf(row);
    if (written === null) firstWithout ??= row;
    // Only a dotted ID ("2.3") says which subcomponent it is in; IDs numbered straight through (1, 2, 3…) do not.
    else if (written.code !== null && row.code.includes('.') && written.code !== idPrefix(row.code)) {
      issues.warn(
        row.row,
        `la actividad ${row.code} está bajo el subcomponente «${written.fullText}», que es el ${written.code}. Revise el ID o el subcomponente.`,
      );
    }
    if (!drafts.has(code)) {
      drafts.set(code, { code, name: written?.name || `Subcomponente ${code}`, fullText: written?.fullText ?? '' });
    }
  }
  if (firstWithout !== null) {
    const hasColumn = mapping.columns.has('subcomponent');
    const where = hasColumn
      ? `la actividad ${firstWithout.code} y las que siguen sin «${COLUMN_LABELS.subcomponent}»`
      : `las actividades (la tabla no tiene columna «${COLUMN_LABELS.subcomponent}»)`;
    issues.warn(hasColumn ? firstWithout.row : null, `${where} se agruparon por el primer número de su ID.`);
  }
  return [...drafts.values()];
}

export function readActivityFields(
  row: ActivityRow,
  target: Target | null,
  mapping: ColumnMapping,
  issues: IssueLog,
): ActivityFields | null {
  const title = squish(cellText(row.cell('activity')));
  if (title === '') {
    issues.rowError(
      row.row,
      describeColumn(mapping, 'activity'),
      `la actividad ${row.code} no tiene texto. Escriba en esa columna qué se va a hacer.`,
    );
  }
  if (target === null || title === '') return null;
  const description = cellText(row.cell('description'));
  return {
    code: row.code,
    subcomponentCode: subcomponentCodeOf(row),
    title,
    product: squish(cellText(row.cell('product'))),
    responsibleText: cellText(row.cell('responsible')),
    target,
    description: description === '' ? null : description,
    initialProgress: readProgress(row, target, issues),
    sourceRow: row.row,
  };
}

/** Progress is kept in the target's unit: 50 % of a target of 40 contents is 20. */
function readProgress(row: ActivityRow, target: Target, issues: IssueLog): number | null {
  const cell = row.cell('progress');
  if (isBlank(cell)) return null;
  const progress = parseTarget(cell);
  if (progress === null || progress.value < 0) {
    issues.warn(
      row.row,
      `el avance «${cellText(cell)}» de la actividad ${row.code} no es un número; se importó sin avance. Escríbalo como número, por ejemplo 3 o 50%.`,
    );
    return null;
  }
  if (progress.unit === 'percent' && target.unit === 'count') return (progress.value / 100) * target.value;
  return progress.value;
}
