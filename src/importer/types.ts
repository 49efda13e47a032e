import type { OfficeAlias } from '../domain/offices.js';
import type { ImportIssue, IsoDate, PlanDraft } from '../domain/types.js';
import type { ColumnOverride, FieldSource } from './mapping.js';

export interface ImportOptions {
  /** Overrides the vigencia's first day, whatever the sheet says. */
  from?: IsoDate;
  /** Overrides the vigencia's last day, whatever the sheet says. */
  to?: IsoDate;
  /** Stands in for the entity when the sheet does not name one; importPlanFile passes the file name. */
  sourceName?: string;
  /** `--columns`: where some fields are, correcting the guess from the header. */
  columns?: ColumnOverride[];
  /** Mappings given with `--columns` in earlier imports, by `entityKey` of the entity they were for. */
  rememberedColumns?: Record<string, ColumnOverride[]>;
  /** Refuse the whole file when any row cannot be read, instead of leaving those rows out. */
  strict?: boolean;
  /**
   * The offices Rinde already stores and every entity's aliases by entity key (as plans are keyed):
   * the sheet's entity picks its own. Without it every office is new and no acronym has an alias.
   */
  knownOffices?: { offices: readonly string[]; aliasesByEntity: Readonly<Record<string, readonly OfficeAlias[]>> };
  /** REMINDER_QUIET_DAYS, for the warnings that say what reminders an activity with no fixed date gets. */
  quietDays?: number;
}

/** What the importer understood of the sheet's layout, as `--preview` shows it. */
export interface ImportLayout {
  sheetName: string;
  /** The workbook's other sheets, which were not read. */
  otherSheets: string[];
  /** One row, or two when the header spans two; none when `--columns` gave every column by letter. */
  headerRows: number[];
  /** With no header row: the first row whose ID column holds an activity ID, read as the first activity. */
  firstRow?: number;
  /** The column each field was read from. */
  fields: FieldSource[];
  /** Header texts whose columns are not read (the control office's follow-up, computed percentages). */
  ignoredHeaders: string[];
  columnsFrom: 'guessed' | 'given' | 'remembered';
  /** The overrides used (given or remembered); empty when the mapping was guessed. */
  columnOverrides: ColumnOverride[];
  /** Where a `--columns` given for this sheet is remembered. */
  entityKey: string;
}

export interface SubcomponentSummary {
  code: string;
  name: string;
  activityCount: number;
}

/** A "Fecha programada" the importer could not read: the activity was imported with no due date. */
export interface UnreadSchedule {
  row: number;
  activityCode: string;
  text: string;
}

export interface ImportSummary extends ImportLayout {
  /** The first header row, as the summary's first line names it. */
  headerRow: number;
  activityCount: number;
  subcomponents: SubcomponentSummary[];
  offices: string[];
  unreadSchedules: UnreadSchedule[];
  /** Rows that could not be read and were left out, each saying how to fix it in the sheet. */
  skippedRows: ImportIssue[];
}

/** Plain data only, so `rinde import --json` can print it as it is. */
export type ImportResult =
  | { ok: true; plan: PlanDraft; warnings: ImportIssue[]; summary: ImportSummary }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[]; layout?: ImportLayout };
