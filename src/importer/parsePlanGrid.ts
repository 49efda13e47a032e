import { formatLongDate } from '../domain/dates.js';
import { EMPTY_OFFICE_DIRECTORY, splitOffices } from '../domain/offices.js';
import { DEFAULT_REMINDER_SETTINGS } from '../domain/reminders/stages.js';
import { parseTarget } from '../domain/target.js';
import { readTargetCell } from '../domain/targetText.js';
import { foldText, squish } from '../domain/text.js';
import type {
  ActivityDraft,
  ImportIssue,
  PlanDraft,
  Schedule,
  SubcomponentDraft,
  Target,
  Vigencia,
} from '../domain/types.js';
import { COLUMN_LABELS, type Column, findHeaderRow, type HeaderRow, missingColumns } from './columns.js';
import { cellText, type Grid, isBlank } from './grid.js';
import { readHeaderBlock } from './headerBlock.js';
import { formatNumber, IssueLog } from './issues.js';
import { readSheetOffices } from './offices.js';
import {
  noFixedDateWarning,
  resolveSchedule,
  type ScheduleCell,
  scheduleCellOf,
  specsWithOwnYears,
} from './schedules.js';
import { type ActivityRow, readTableRows, type TotalRow } from './tableRows.js';
import type { ImportOptions, ImportResult, ImportSummary, UnreadSchedule } from './types.js';
import { completeVigencia, statedVigencia } from './vigencia.js';

/** The columns a plan's table usually has, in order, as the "no header" message lists them. */
const EXPECTED_COLUMNS: readonly Column[] = [
  'subcomponent',
  'id',
  'activity',
  'product',
  'responsible',
  'schedule',
  'target',
];

/** Everything about an activity except its schedule, which needs the vigencia. */
type ActivityFields = Omit<ActivityDraft, 'schedule'>;

/** One sheet as a plan; pure, so every rule can be tested on hand-made grids. */
export function parsePlanGrid(grid: Grid, options: ImportOptions = {}): ImportResult {
  return parsePlanSheets([grid], options);
}

/** A workbook as a plan: the first sheet that holds the activity table's header is the plan. */
export function parsePlanSheets(grids: readonly Grid[], options: ImportOptions = {}): ImportResult {
  for (const grid of grids) {
    const header = findHeaderRow(grid);
    if (header !== null) return parseTable(grid, header, options);
  }
  const sheets = grids.map((grid) => `«${grid.name}»`).join(', ');
  const where = grids.length > 1 ? ` en ninguna de las hojas (${sheets})` : '';
  const message = `No se encontró la fila de encabezados de la tabla de actividades${where}. Agregue encima de las actividades una fila con los nombres de las columnas: ${columnList(EXPECTED_COLUMNS)}.`;
  return { ok: false, errors: [{ row: null, message }], warnings: [] };
}

function columnList(columns: readonly Column[]): string {
  return columns.map((column) => `«${COLUMN_LABELS[column]}»`).join(', ');
}

function parseTable(grid: Grid, header: HeaderRow, options: ImportOptions): ImportResult {
  const issues = new IssueLog();
  const missing = missingColumns(header);
  if (missing.length > 0) {
    issues.error(
      header.row,
      `a la tabla de actividades le faltan las columnas ${columnList(missing)}. Agréguelas con esos nombres.`,
    );
    return rejected(issues);
  }
  const block = readHeaderBlock(grid, header.row, issues);
  const stated = statedVigencia(block, options, issues);
  const { activities: rows, totals } = readTableRows(grid, header, issues);
  if (rows.length === 0) issues.error(header.row, 'no hay actividades debajo de los encabezados de la tabla.');
  checkRepeatedIds(rows, issues);
  const scheduleCells = rows.map((row) => scheduleCellOf(row.cell('schedule')));
  const vigencia = completeVigencia(stated, specsWithOwnYears(scheduleCells), issues);
  const targets = rows.map((row) => readTarget(row, issues));
  checkTotals(totals, targets, issues);
  const subcomponents = groupSubcomponents(rows, header, issues);
  const fields = rows.map((row, index) => readActivityFields(row, targets[index] ?? null, issues));
  if (vigencia === null) return rejected(issues);

  const unread: UnreadSchedule[] = [];
  const quietDays = options.quietDays ?? DEFAULT_REMINDER_SETTINGS.quietDays;
  const schedules = rows.map((row, index) =>
    scheduleFor(row, scheduleCells[index], vigencia, quietDays, issues, unread),
  );
  const entity = block.entity ?? entityFromSource(grid, options, issues);
  const offices = readSheetOffices(responsibleCells(rows), officeDirectoryFor(entity, options), issues);
  const activities = fields.flatMap((activity, index) => {
    const schedule = schedules[index];
    if (activity === null || schedule === undefined) return [];
    return [{ ...activity, offices: offices.lists[index] ?? [], schedule }];
  });
  // Checked only now so that a rejected file also lists the dates it could not read.
  if (issues.errors.length > 0) return rejected(issues);
  const plan: PlanDraft = {
    entity,
    vigencia,
    challenge: block.challenge,
    objective: block.objective,
    challengeGoal: block.challengeGoal,
    indicator: block.indicator,
    subcomponents,
    activities,
  };
  const summary = summarise(plan, grid, header, offices.offices, unread);
  return { ok: true, plan, warnings: byRow(issues.warnings), summary };
}

function rejected(issues: IssueLog): ImportResult {
  return { ok: false, errors: byRow(issues.errors), warnings: byRow(issues.warnings) };
}

/** Issues without a row concern the whole file and come first; the rest follow the sheet. */
function byRow(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function checkRepeatedIds(rows: readonly ActivityRow[], issues: IssueLog): void {
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
    issues.error(
      row.row,
      `el ID ${row.code} ya se usó en la fila ${first.row}. Cada actividad necesita un ID distinto.${numberHint}`,
    );
  }
}

function readTarget(row: ActivityRow, issues: IssueLog): Target | null {
  const cell = row.cell('target');
  const read = readTargetCell(cell);
  if (read === null) {
    issues.error(row.row, `la actividad ${row.code} no tiene meta anual. Escriba un número, por ejemplo 10 o 2,5.`);
    return null;
  }
  const { target, reading } = read;
  if (target.value <= 0) {
    issues.error(
      row.row,
      `la meta anual de la actividad ${row.code} es ${formatNumber(target.value)}; debe ser mayor que cero.`,
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
function checkTotals(totals: readonly TotalRow[], targets: readonly (Target | null)[], issues: IssueLog): void {
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

function groupSubcomponents(rows: readonly ActivityRow[], header: HeaderRow, issues: IssueLog): SubcomponentDraft[] {
  const drafts = new Map<string, SubcomponentDraft>();
  let firstWithout: ActivityRow | null = null;
  for (const row of rows) {
    const written = row.subcomponent;
    const code = subcomponentCodeOf(row);
    if (written === null) firstWithout ??= row;
    else if (written.code !== null && written.code !== idPrefix(row.code)) {
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
    const where = header.columns.has('subcomponent')
      ? `la actividad ${firstWithout.code} y las que siguen sin «${COLUMN_LABELS.subcomponent}»`
      : `las actividades (la tabla no tiene columna «${COLUMN_LABELS.subcomponent}»)`;
    issues.warn(
      header.columns.has('subcomponent') ? firstWithout.row : null,
      `${where} se agruparon por el primer número de su ID.`,
    );
  }
  return [...drafts.values()];
}

function readActivityFields(row: ActivityRow, target: Target | null, issues: IssueLog): ActivityFields | null {
  const title = squish(cellText(row.cell('activity')));
  if (title === '') {
    issues.error(
      row.row,
      `la actividad ${row.code} no tiene texto en «${COLUMN_LABELS.activity}». Escriba qué se va a hacer.`,
    );
  }
  const responsibleText = cellText(row.cell('responsible'));
  const offices = splitOffices(responsibleText);
  if (offices.length === 0) {
    issues.warn(
      row.row,
      `la actividad ${row.code} no tiene responsable. Escriba la dependencia en la columna «${COLUMN_LABELS.responsible}» o asígnela después de importar.`,
    );
  }
  if (target === null || title === '') return null;
  const description = cellText(row.cell('description'));
  return {
    code: row.code,
    subcomponentCode: subcomponentCodeOf(row),
    title,
    product: squish(cellText(row.cell('product'))),
    responsibleText,
    offices,
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

function responsibleCells(rows: readonly ActivityRow[]) {
  return rows.map((row) => ({ row: row.row, activityCode: row.code, text: cellText(row.cell('responsible')) }));
}

/** The stored offices and the aliases of this entity (keyed as storage keys plans: foldText). */
function officeDirectoryFor(entity: string, options: ImportOptions) {
  const known = options.knownOffices;
  if (known === undefined) return EMPTY_OFFICE_DIRECTORY;
  return { offices: known.offices, aliases: known.aliasesByEntity[foldText(entity)] ?? [] };
}

function scheduleFor(
  activity: ActivityRow,
  cell: ScheduleCell | undefined,
  vigencia: Vigencia,
  quietDays: number,
  issues: IssueLog,
  unread: UnreadSchedule[],
): Schedule {
  const scheduleCell = cell ?? scheduleCellOf(null);
  const schedule = resolveSchedule(scheduleCell, vigencia);
  const { row } = activity;
  const noFixedDate = noFixedDateWarning(scheduleCell, activity.code, vigencia, quietDays);
  if (noFixedDate !== null) issues.warn(row, noFixedDate);
  if (schedule.kind === 'unknown') {
    unread.push({ row, activityCode: activity.code, text: schedule.text });
    const problem =
      schedule.text === ''
        ? `la actividad ${activity.code} no tiene fecha programada`
        : `no se pudo leer la fecha programada «${schedule.text}» de la actividad ${activity.code}`;
    issues.warn(
      row,
      `${problem}; se importó sin fecha de vencimiento. Escriba una fecha como «15 de julio de 2024», un rango como «5 de junio al 15 de diciembre de 2024» o una frecuencia como «Trimestral».`,
    );
  }
  for (const date of schedule.dueDates.filter((due) => due < vigencia.from || due > vigencia.to)) {
    issues.warn(
      row,
      `la fecha ${formatLongDate(date)} de la actividad ${activity.code} queda fuera de la vigencia (del ${formatLongDate(vigencia.from)} al ${formatLongDate(vigencia.to)}). Revise la fecha programada.`,
    );
  }
  return schedule;
}

function entityFromSource(grid: Grid, options: ImportOptions, issues: IssueLog): string {
  const entity = options.sourceName ?? grid.name;
  issues.warn(
    null,
    `No se encontró el nombre de la entidad («Entidad:» encima de la tabla); se usó «${entity}». Corríjalo si no es el nombre de la entidad.`,
  );
  return entity;
}

function summarise(
  plan: PlanDraft,
  grid: Grid,
  header: HeaderRow,
  offices: string[],
  unreadSchedules: UnreadSchedule[],
): ImportSummary {
  return {
    sheetName: grid.name,
    headerRow: header.row,
    activityCount: plan.activities.length,
    subcomponents: plan.subcomponents.map((subcomponent) => ({
      code: subcomponent.code,
      name: subcomponent.name,
      activityCount: plan.activities.filter((activity) => activity.subcomponentCode === subcomponent.code).length,
    })),
    offices,
    unreadSchedules,
  };
}
