import type { OfficeAlias } from '../domain/offices.js';
import type { ImportIssue, IsoDate, PlanDraft } from '../domain/types.js';

export interface ImportOptions {
  /** Overrides the vigencia's first day, whatever the sheet says. */
  from?: IsoDate;
  /** Overrides the vigencia's last day, whatever the sheet says. */
  to?: IsoDate;
  /** Stands in for the entity when the sheet does not name one; importPlanFile passes the file name. */
  sourceName?: string;
  /**
   * The offices Rinde already stores and every entity's aliases by entity key (as plans are keyed):
   * the sheet's entity picks its own. Without it every office is new and no acronym has an alias.
   */
  knownOffices?: { offices: readonly string[]; aliasesByEntity: Readonly<Record<string, readonly OfficeAlias[]>> };
  /** REMINDER_QUIET_DAYS, for the warnings that say what reminders an activity with no fixed date gets. */
  quietDays?: number;
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

export interface ImportSummary {
  sheetName: string;
  headerRow: number;
  activityCount: number;
  subcomponents: SubcomponentSummary[];
  offices: string[];
  unreadSchedules: UnreadSchedule[];
}

/** Plain data only, so `rinde import --json` can print it as it is. */
export type ImportResult =
  | { ok: true; plan: PlanDraft; warnings: ImportIssue[]; summary: ImportSummary }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };
