import { formatLongDate } from '../domain/dates.js';
import { EMPTY_OFFICE_DIRECTORY, type OfficeDirectory } from '../domain/offices.js';
import { DEFAULT_REMINDER_SETTINGS } from '../domain/reminders/stages.js';
import { foldText } from '../domain/text.js';
import type { ImportIssue, PlanDraft, Schedule, Vigencia } from '../domain/types.js';
import { checkRepeatedIds, checkTotals, groupSubcomponents, readActivityFields, readTarget } from './activityFields.js';
import { COLUMN_LABELS, type Column } from './columns.js';
import { cellText, type Grid } from './grid.js';
import { chooseSheet, type DetectedHeader, lastHeaderRow, REQUIRED_COLUMNS } from './header.js';
import { readHeaderBlock } from './headerBlock.js';
import { IssueLog } from './issues.js';
import { type ColumnMapping, type ColumnOverride, describeColumn, headerlessTable, mapColumns } from './mapping.js';
import { type ResponsibleCell, readSheetOffices } from './offices.js';
import {
  noFixedDateWarning,
  resolveSchedule,
  type ScheduleCell,
  scheduleCellOf,
  specsWithOwnYears,
} from './schedules.js';
import { type ActivityRow, readTableRows } from './tableRows.js';
import type { ImportLayout, ImportOptions, ImportResult, ImportSummary, UnreadSchedule } from './types.js';
import { completeVigencia, statedVigencia } from './vigencia.js';

// The import is a pipeline of pure stages, each in its own module and tested on its own:
//   grid (readGrid.ts: the file as plain values)
//   → header detection (header.ts: which sheet, which row or two rows head the table)
//   → column mapping (mapping.ts: which column holds each field; --columns corrects the guess)
//   → rows (tableRows.ts: activity rows, totals and notes; headerBlock.ts: what is above the table)
//   → schedule and offices (schedules.ts over src/domain/schedule, offices.ts over src/domain/offices)
//   → draft (activityFields.ts: each row's fields, totals, subcomponents; this file: the PlanDraft, the summary).

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

/** The key a remembered `--columns` is stored under: the entity as the sheet names it. */
export function entityKey(entity: string | null): string {
  return foldText(entity ?? '');
}

/** One sheet as a plan; pure, so every rule can be tested on hand-made grids. */
export function parsePlanGrid(grid: Grid, options: ImportOptions = {}): ImportResult {
  return parsePlanSheets([grid], options);
}

/** A workbook as a plan: the sheet whose header looks most like a plan's table is the plan. */
export function parsePlanSheets(grids: readonly Grid[], options: ImportOptions = {}): ImportResult {
  const chosen = chooseSheet(grids);
  if (chosen !== null) return parseTable(chosen.grid, chosen.header, grids, options);
  const headerless = options.columns === undefined ? null : headerlessTable(grids, options.columns);
  if (headerless !== null) return parseTable(headerless.grid, headerless.header, grids, options, headerless.firstRow);
  const sheets = grids.map((grid) => `«${grid.name}»`).join(', ');
  const where = grids.length > 1 ? ` en ninguna de las hojas (${sheets})` : '';
  const message = `No se encontró la fila de encabezados de la tabla de actividades${where}. Agregue encima de las actividades una fila con los nombres de las columnas: ${columnList(EXPECTED_COLUMNS)}.`;
  return { ok: false, errors: [{ row: null, message }], warnings: [] };
}

function columnList(columns: readonly Column[]): string {
  return columns.map((column) => `«${COLUMN_LABELS[column]}»`).join(', ');
}

/** The `--columns` given now, or else the one remembered for the entity, or none. */
function overridesFor(
  options: ImportOptions,
  entity: string | null,
): { overrides: ColumnOverride[]; from: ImportLayout['columnsFrom'] } {
  if (options.columns !== undefined) return { overrides: options.columns, from: 'given' };
  const remembered = options.rememberedColumns?.[entityKey(entity)];
  if (remembered !== undefined) return { overrides: remembered, from: 'remembered' };
  return { overrides: [], from: 'guessed' };
}

/** `firstRow` is where the activities start in a sheet with no header row (`headerlessTable`). */
function parseTable(
  grid: Grid,
  header: DetectedHeader,
  grids: readonly Grid[],
  options: ImportOptions,
  firstRow?: number,
): ImportResult {
  const issues = new IssueLog();
  // The rows above the table: its header's, or with no header those above its first activity.
  const tableTop = firstRow === undefined ? lastHeaderRow(header) : firstRow - 1;
  const block = readHeaderBlock(grid, header.rows[0] ?? tableTop + 1, issues);
  const { overrides, from } = overridesFor(options, block.entity);
  const mapped = mapColumns(grid, header, overrides);
  if (!mapped.ok) {
    issues.error(null, mapped.message);
    return rejected(issues);
  }
  const mapping = mapped.mapping;
  const layout: ImportLayout = {
    sheetName: grid.name,
    otherSheets: grids.filter((other) => other !== grid).map((other) => other.name),
    headerRows: header.rows,
    ...(firstRow === undefined ? {} : { firstRow }),
    fields: mapping.sources,
    ignoredHeaders: ignoredHeaders(header, mapping),
    columnsFrom: from,
    columnOverrides: overrides,
    entityKey: entityKey(block.entity),
  };
  const missing = REQUIRED_COLUMNS.filter((column) => !mapping.columns.has(column));
  if (missing.length > 0) {
    issues.error(
      header.rows[0] ?? null,
      `a la tabla de actividades le faltan las columnas ${columnList(missing)}. Agréguelas con esos nombres, o indique en qué columna está cada una con --columns (por ejemplo --columns id=B,actividad=C,meta=F,fecha=H,responsable=E).`,
    );
    return rejected(issues, layout);
  }
  const stated = statedVigencia(block, options, issues);
  const { activities: rows, totals } = readTableRows(grid, mapping, tableTop, issues);
  checkRepeatedIds(rows, mapping, issues);
  const scheduleCells = rows.map((row) => scheduleCellOf(row.cell('schedule')));
  const vigencia = completeVigencia(stated, specsWithOwnYears(scheduleCells), issues);
  const targets = rows.map((row) => readTarget(row, mapping, issues));
  checkTotals(totals, targets, issues);
  const fields = rows.map((row, index) => readActivityFields(row, targets[index] ?? null, mapping, issues));
  const skipped = issues.skippedRows();
  const kept = rows.flatMap((row, index) => {
    const activity = fields[index];
    return activity && !skipped.has(row.row) ? [{ row, activity, scheduleCell: scheduleCells[index] }] : [];
  });
  if (kept.length === 0 && issues.rowErrors.length === 0) {
    issues.error(tableTop, 'no hay actividades debajo de los encabezados de la tabla.');
  }
  const subcomponents = groupSubcomponents(
    kept.map(({ row }) => row),
    mapping,
    issues,
  );
  if (vigencia === null) return rejected(issues, layout);

  const unread: UnreadSchedule[] = [];
  const quietDays = options.quietDays ?? DEFAULT_REMINDER_SETTINGS.quietDays;
  const entity = block.entity ?? entityFromSource(grid, options, issues);
  const offices = readSheetOffices(
    kept.map(({ row }) => responsibleCell(row)),
    officeDirectoryFor(entity, options),
    issues,
  );
  const activities = kept.map(({ row, activity, scheduleCell }, index) => {
    const names = offices.lists[index] ?? [];
    if (names.length === 0) {
      issues.warn(
        row.row,
        `la actividad ${row.code} no tiene responsable. Escriba la dependencia en ${describeColumn(mapping, 'responsible')} o asígnela después de importar.`,
      );
    }
    const schedule = scheduleFor(row, scheduleCell, vigencia, quietDays, issues, unread);
    return { ...activity, offices: names, schedule };
  });
  // Checked only now so that a rejected file also lists the dates it could not read.
  if (issues.errors.length > 0 || (options.strict === true && issues.rowErrors.length > 0)) {
    return rejected(issues, layout);
  }
  if (activities.length === 0) {
    issues.error(null, 'ninguna fila de la tabla se pudo leer; corrija las filas indicadas y vuelva a importar.');
    return rejected(issues, layout);
  }
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
  const summary = summarise(plan, layout, offices.offices, unread, byRow(issues.rowErrors));
  return { ok: true, plan, warnings: byRow(issues.warnings), summary };
}

/** Headers the mapping leaves unread, as the preview lists them ("Seguimiento", "% avance"). */
function ignoredHeaders(header: DetectedHeader, mapping: ColumnMapping): string[] {
  const read = new Set(mapping.sources.map((source) => source.index));
  return header.cells.filter((cell) => cell.text !== '' && !read.has(cell.index)).map((cell) => cell.text);
}

function rejected(issues: IssueLog, layout?: ImportLayout): ImportResult {
  const errors = [...byRow(issues.errors), ...byRow(issues.rowErrors)];
  return { ok: false, errors, warnings: byRow(issues.warnings), ...(layout && { layout }) };
}

/** Issues without a row concern the whole file and come first; the rest follow the sheet. */
function byRow(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function responsibleCell(row: ActivityRow): ResponsibleCell {
  return { row: row.row, activityCode: row.code, text: cellText(row.cell('responsible')) };
}

/** The stored offices and the aliases of this entity (keyed by entityKey, as storage keys plans). */
function officeDirectoryFor(entity: string, options: ImportOptions): OfficeDirectory {
  const known = options.knownOffices;
  if (known === undefined) return EMPTY_OFFICE_DIRECTORY;
  return { offices: known.offices, aliases: known.aliasesByEntity[entityKey(entity)] ?? [] };
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
  layout: ImportLayout,
  offices: string[],
  unreadSchedules: UnreadSchedule[],
  skippedRows: ImportIssue[],
): ImportSummary {
  return {
    ...layout,
    headerRow: layout.headerRows[0] ?? 0,
    activityCount: plan.activities.length,
    subcomponents: plan.subcomponents.map((subcomponent) => ({
      code: subcomponent.code,
      name: subcomponent.name,
      activityCount: plan.activities.filter((activity) => activity.subcomponentCode === subcomponent.code).length,
    })),
    offices,
    unreadSchedules,
    skippedRows,
  };
}
