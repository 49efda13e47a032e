import type { BusinessCalendar } from '../domain/calendar/index.js';
import { type CutoffSchedule, cutoffStatus } from '../domain/cutoff.js';
import { formatLongDate } from '../domain/dates.js';
import type { IsoDate, StatusBands } from '../domain/types.js';
import { listPlanProgress } from '../storage/corrections.js';
import type { Db } from '../storage/database.js';
import { loadPlanView } from '../storage/planView.js';
import { cutoffMessages } from '../wording/messages.js';
import { buildCutoffReport, type CutoffReport } from './cutoffReport.js';
import { buildPlanSheet, type PlanSheet } from './sheet.js';

// The one place the exports read the database: everything else in src/export is pure.

/** The tracking sheet with progress effective on or before `at`. */
export async function loadPlanSheet(
  db: Db,
  planId: number,
  options: { at: IsoDate; bands: StatusBands; subtitle?: string },
): Promise<PlanSheet> {
  const [view, entries] = await Promise.all([
    loadPlanView(db, planId, { asOf: options.at }),
    listPlanProgress(db, planId, options.at),
  ]);
  return buildPlanSheet({ view, entries, ...options });
}

export interface CutoffOptions {
  /** The day the report is looked at from; its cut-off is the one on or before it. */
  at: IsoDate;
  calendar: BusinessCalendar;
  schedule: CutoffSchedule;
  bands: StatusBands;
}

/** The cut-off report on `at`; null when no cut-off dates are configured. */
export async function loadCutoffReport(db: Db, planId: number, options: CutoffOptions): Promise<CutoffReport | null> {
  const cutoff = cutoffStatus(options.calendar, options.schedule, options.at);
  if (cutoff === null) return null;
  const [view, entries] = await Promise.all([
    loadPlanView(db, planId, { asOf: cutoff.date }),
    listPlanProgress(db, planId, cutoff.date),
  ]);
  return buildCutoffReport({ view, entries, cutoff, bands: options.bands });
}

/** The cut-off's sheet: the tracking sheet as of the cut-off date, titled with its deadline. */
export function loadCutoffSheet(db: Db, report: CutoffReport, bands: StatusBands): Promise<PlanSheet> {
  const { cutoff } = report;
  return loadPlanSheet(db, report.plan.id, {
    at: cutoff.date,
    bands,
    subtitle: cutoffMessages.subtitle(formatLongDate(cutoff.date), formatLongDate(cutoff.deadline)),
  });
}
