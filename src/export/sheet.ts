import { activityRatio, statusOf } from '../domain/compliance.js';
import { formatLongDate, isoParts } from '../domain/dates.js';
import { groupBy } from '../domain/groupBy.js';
import type { IsoDate, Status, StatusBands, TargetUnit } from '../domain/types.js';
import type { PlanView, PlanViewActivity, SubcomponentView } from '../storage/planView.js';
import type { ProgressRecord } from '../storage/progress.js';
import { formatAmount } from '../wording/messages.js';

/**
 * The plan's tracking sheet as the planning office keeps it, filled in by Rinde: the same header
 * block, the same columns in the same order with the same Spanish headers, one group of rows per
 * subcomponent. The writers (xlsx, csv) only lay this model out; every value is decided here.
 */

export const SHEET_TITLE = 'ESTRATEGIA DE RENDICIÓN DE CUENTAS';

/** The columns of the imported sheet, in order, with its own headers. */
export const COLUMN_HEADERS = [
  'Subcomponente',
  'ID',
  'Actividades',
  'Meta o Producto',
  'Responsable',
  'Fecha Programada',
  'Meta anual',
  'Avance meta anual',
  'Descripción',
  'Porcentaje de cumplimiento anual',
] as const;

/** The labels of the header block, as the importer looks for them. */
export const HEADER_LABELS = {
  entity: 'Entidad:',
  challenge: 'Reto',
  objective: 'Objetivo General',
  challengeGoal: 'Meta del Reto',
  indicator: 'Indicador',
  from: 'Desde',
  to: 'Hasta',
} as const;

export const TOTAL_LABEL = 'Total';

/** A figure in its target's unit: a count, or percentage points (50 means 50 %). */
export interface SheetAmount {
  value: number;
  unit: TargetUnit;
}

export interface SheetRow {
  id: string;
  title: string;
  product: string;
  /** The "Responsable" cell as imported. */
  responsible: string;
  /** The "Fecha Programada" cell as imported. */
  schedule: string;
  target: SheetAmount;
  progress: SheetAmount;
  description: string;
  ratio: number;
  status: Status;
}

export interface SheetGroup {
  /** The subcomponent cell, merged down the group's rows: "1. Información: …". */
  subcomponent: string;
  rows: SheetRow[];
}

export interface SheetHeader {
  entity: string;
  challenge: string;
  objective: string;
  challengeGoal: string;
  indicator: string;
  /** "5 de junio de 2024", as the sheet writes Desde/Hasta. */
  from: string;
  to: string;
}

export interface PlanSheet {
  sheetName: string;
  title: string;
  /** "Seguimiento con corte al 31 de agosto de 2024". */
  subtitle: string;
  header: SheetHeader;
  groups: SheetGroup[];
  totals: {
    /** As the sheet's own SUM sees the column: a 100 % target counts as 1. */
    target: number;
    progress: number;
    /** The mean of the activity ratios, as the sheet's AVERAGE of the percentage column. */
    ratio: number;
    status: Status;
  };
}

export interface PlanSheetInput {
  /** Loaded with `asOf: at`, so each activity's progress counts only entries effective by then. */
  view: PlanView;
  /** The plan's entries effective on or before `at`, corrections included. */
  entries: readonly ProgressRecord[];
  at: IsoDate;
  bands: StatusBands;
  subtitle?: string;
}

/** Excel refuses sheet names over 31 characters or with any of these. */
const SHEET_NAME_LIMIT = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

export function defaultSubtitle(at: IsoDate): string {
  return `Seguimiento con corte al ${formatLongDate(at)}`;
}

export function sheetNameOf(year: number): string {
  return `Rendición de cuentas ${year}`.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, SHEET_NAME_LIMIT);
}

/** "15/07/2024", the way the notes column dates each entry. */
export function formatSlashDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * Entries that still stand: neither reversed nor a reversal. Import entries only restate the
 * sheet's own "Avance" figure, so they add no note of their own.
 */
export function standingEntries(entries: readonly ProgressRecord[]): ProgressRecord[] {
  return entries.filter((entry) => entry.correctsId === null && entry.correctedByIds.length === 0);
}

/** Each activity's evidence links from its standing entries, each link once, oldest first. */
export function evidenceByActivity(entries: readonly ProgressRecord[]): Map<number, string[]> {
  const links = new Map<number, string[]>();
  for (const entry of standingEntries(entries)) {
    if (entry.evidenceUrl === null) continue;
    const known = links.get(entry.activityId) ?? [];
    if (!known.includes(entry.evidenceUrl)) links.set(entry.activityId, [...known, entry.evidenceUrl]);
  }
  return links;
}

/** "15/07/2024: Publicamos 10 piezas (https://…)"; without a note, the amount says what was done. */
export function noteLine(entry: ProgressRecord): string {
  const text = entry.note ?? `avance de ${formatAmount(entry.amount)}`;
  const evidence = entry.evidenceUrl === null ? '' : ` (${entry.evidenceUrl})`;
  return `${formatSlashDate(entry.effectiveOn)}: ${text}${evidence}`;
}

/** The imported description first, then one line per standing entry, oldest first. */
export function descriptionOf(activity: PlanViewActivity, entries: readonly ProgressRecord[]): string {
  const lines = standingEntries(entries)
    .filter((entry) => entry.source !== 'import')
    .map(noteLine);
  return [activity.description ?? '', ...lines].filter((line) => line.trim() !== '').join('\n');
}

/** The subcomponent cell: as written in the imported sheet, or its number and name when it had none. */
function subcomponentCell(subcomponent: SubcomponentView): string {
  return subcomponent.fullText.trim() === '' ? `${subcomponent.code}. ${subcomponent.name}` : subcomponent.fullText;
}

/**
 * A spreadsheet keeps 15 significant digits, and so does the database once a figure is stored;
 * beyond them a sum's float noise (0.1 + 0.2 = 0.30000000000000004) is not progress.
 */
export function spreadsheetNumber(value: number): number {
  return Number(value.toPrecision(15));
}

function rowOf(activity: PlanViewActivity, entries: readonly ProgressRecord[], bands: StatusBands): SheetRow {
  const progress = spreadsheetNumber(activity.progress);
  const target = spreadsheetNumber(activity.target);
  const ratio = activityRatio(progress, target);
  return {
    id: activity.code,
    title: activity.title,
    product: activity.product,
    responsible: activity.responsibleText,
    schedule: activity.scheduleText,
    target: { value: target, unit: activity.unit },
    progress: { value: progress, unit: activity.unit },
    description: descriptionOf(activity, entries),
    ratio,
    status: statusOf(ratio, bands),
  };
}

/** The value a cell holds in the sheet: percentages are stored as fractions of one. */
export function storedValue(amount: SheetAmount): number {
  return amount.unit === 'percent' ? amount.value / 100 : amount.value;
}

function totalsOf(rows: readonly SheetRow[], bands: StatusBands): PlanSheet['totals'] {
  const ratio = rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + row.ratio, 0) / rows.length;
  return {
    target: spreadsheetNumber(rows.reduce((sum, row) => sum + storedValue(row.target), 0)),
    progress: spreadsheetNumber(rows.reduce((sum, row) => sum + storedValue(row.progress), 0)),
    ratio,
    status: statusOf(ratio, bands),
  };
}

export function buildPlanSheet(input: PlanSheetInput): PlanSheet {
  const { view, bands } = input;
  const entriesByActivity = groupBy(input.entries, (entry) => entry.activityId);
  const groups = view.subcomponents
    .map((subcomponent) => ({
      subcomponent: subcomponentCell(subcomponent),
      rows: view.activities
        .filter((activity) => activity.subcomponentId === subcomponent.id)
        .map((activity) => rowOf(activity, entriesByActivity.get(activity.id) ?? [], bands)),
    }))
    .filter((group) => group.rows.length > 0);
  const { plan } = view;
  return {
    sheetName: sheetNameOf(plan.year),
    title: SHEET_TITLE,
    subtitle: input.subtitle ?? defaultSubtitle(input.at),
    header: {
      entity: plan.entity,
      challenge: plan.challenge ?? '',
      objective: plan.objective ?? '',
      challengeGoal: plan.challengeGoal ?? '',
      indicator: plan.indicator ?? '',
      from: formatLongDate(plan.startsOn),
      to: formatLongDate(plan.endsOn),
    },
    groups,
    totals: totalsOf(
      groups.flatMap((group) => group.rows),
      bands,
    ),
  };
}
