import { type BusinessCalendar, businessDaysBetween } from '../domain/calendar/index.js';
import { type Cutoff, cutoffDatesInYear, cutoffOf, PUBLICATION_BUSINESS_DAYS } from '../domain/cutoff.js';
import { formatLongDate, isoDateInZone } from '../domain/dates.js';
import type { IsoDate, StatusBands } from '../domain/types.js';
import { buildCutoffReport, type CutoffReport } from '../export/cutoffReport.js';
import { buildPlanSheet, evidenceByActivity, type PlanSheet } from '../export/sheet.js';
import { listPlanProgress } from '../storage/corrections.js';
import type { Db } from '../storage/database.js';
import { getActivePlan, getPlanByRef, listPlans, type PlanSummary } from '../storage/plans.js';
import { loadPlanView } from '../storage/planView.js';
import type { ProgressRecord } from '../storage/progress.js';
import type { Publication } from '../storage/publication.js';
import { type PlanStatusReply, planStatusOf } from '../usecases/estado.js';
import type { ActivityView } from '../usecases/replies.js';
import { cutoffMessages } from '../wording/messages.js';

/**
 * What the public pages show, read through the same functions as `/estado` and `rinde status --json`
 * (planStatusOf over the plan view as of today), so a citizen reads the figures the team reads.
 * Nothing here carries who logged an entry: entries are reduced to `PublicEntry` on the way out.
 */

export interface WebDeps {
  db: Db;
  timeZone: string;
  bands: StatusBands;
  cutoffDates: readonly string[];
  calendar: BusinessCalendar;
  clock: () => Date;
}

/** A progress entry as the public sees it: no author, and its note only where notes are published. */
export interface PublicEntry {
  id: number;
  activityId: number;
  amount: number;
  effectiveOn: IsoDate;
  recordedAt: string;
  /** The day it was recorded, in the municipality's time zone. */
  recordedOn: IsoDate;
  correctsId: number | null;
  correctedByIds: number[];
  evidenceUrl: string | null;
  note: string | null;
  fromImport: boolean;
}

export interface Vigencia {
  year: number;
  entity: string;
  from: IsoDate;
  to: IsoDate;
  isActive: boolean;
}

export interface PlanData {
  status: PlanStatusReply;
  year: number;
  today: IsoDate;
  entries: PublicEntry[];
  /** Evidence of the entries that still stand, by activity ID, oldest first, each link once. */
  evidence: Map<number, string[]>;
  vigencias: Vigencia[];
  /** The cut-offs of the vigencia whose date has passed: their reports are public. */
  cutoffs: Cutoff[];
  showNotes: boolean;
}

export function todayIn(deps: Pick<WebDeps, 'clock' | 'timeZone'>): IsoDate {
  return isoDateInZone(deps.clock(), deps.timeZone);
}

export function publicEntry(entry: ProgressRecord, showNotes: boolean, timeZone: string): PublicEntry {
  return {
    id: entry.id,
    activityId: entry.activityId,
    amount: entry.amount,
    effectiveOn: entry.effectiveOn,
    recordedAt: entry.recordedAt.toISOString(),
    recordedOn: isoDateInZone(entry.recordedAt, timeZone),
    correctsId: entry.correctsId,
    correctedByIds: entry.correctedByIds,
    evidenceUrl: entry.evidenceUrl,
    note: showNotes ? entry.note : null,
    fromImport: entry.source === 'import',
  };
}

/** The entries as the exports read them, with the notes dropped unless they are published. */
function publicRecords(entries: readonly ProgressRecord[], showNotes: boolean): ProgressRecord[] {
  return showNotes ? [...entries] : entries.map((entry) => ({ ...entry, note: null, authorId: '', authorName: null }));
}

export async function listVigencias(db: Db): Promise<Vigencia[]> {
  return (await listPlans(db)).map((p) => ({
    year: p.year,
    entity: p.entity,
    from: p.startsOn,
    to: p.endsOn,
    isActive: p.isActive,
  }));
}

/** The active plan without a year; else that vigencia's plan (the active one of the year first). */
export function findPlan(db: Db, year?: number): Promise<PlanSummary | null> {
  return year === undefined ? getActivePlan(db) : getPlanByRef(db, String(year));
}

/** Cut-offs of the plan's year inside its vigencia whose date is today or earlier. */
export function publishedCutoffs(deps: WebDeps, plan: { startsOn: IsoDate; endsOn: IsoDate; year: number }) {
  const today = todayIn(deps);
  const schedule = { dates: deps.cutoffDates, publicationBusinessDays: PUBLICATION_BUSINESS_DAYS };
  return cutoffDatesInYear(deps.cutoffDates, plan.year)
    .filter((date) => date >= plan.startsOn && date <= plan.endsOn && date <= today)
    .map((date) => cutoffOf(deps.calendar, schedule, date));
}

export async function loadPlanData(deps: WebDeps, plan: PlanSummary, publication: Publication): Promise<PlanData> {
  const today = todayIn(deps);
  const [view, records, vigencias] = await Promise.all([
    loadPlanView(deps.db, plan.id, { asOf: today }),
    listPlanProgress(deps.db, plan.id),
    listVigencias(deps.db),
  ]);
  const counted = records.filter((entry) => entry.effectiveOn <= today);
  return {
    status: planStatusOf(view, today, deps.bands),
    year: plan.year,
    today,
    entries: records.map((entry) => publicEntry(entry, publication.showNotes, deps.timeZone)),
    evidence: evidenceByActivity(counted),
    vigencias,
    cutoffs: publishedCutoffs(deps, plan),
    showNotes: publication.showNotes,
  };
}

export function activityOf(data: PlanData, code: string): ActivityView | undefined {
  return data.status.activities.find((activity) => activity.code === code);
}

export interface CutoffData {
  report: CutoffReport;
  sheet: PlanSheet;
}

/** A published cut-off's report and its sheet, built by the exports (src/export) from public entries. */
export async function loadCutoffData(
  deps: WebDeps,
  plan: PlanSummary,
  cutoff: Cutoff,
  publication: Publication,
): Promise<CutoffData> {
  const [view, records] = await Promise.all([
    loadPlanView(deps.db, plan.id, { asOf: cutoff.date }),
    listPlanProgress(deps.db, plan.id, cutoff.date),
  ]);
  const entries = publicRecords(records, publication.showNotes);
  const today = todayIn(deps);
  const businessDaysLeft = businessDaysBetween(deps.calendar, today, cutoff.deadline);
  const report = buildCutoffReport({
    view,
    entries,
    cutoff: { ...cutoff, at: today, businessDaysLeft },
    bands: deps.bands,
  });
  const sheet = buildPlanSheet({
    view,
    entries,
    at: cutoff.date,
    bands: deps.bands,
    subtitle: cutoffMessages.subtitle(formatLongDate(cutoff.date), formatLongDate(cutoff.deadline)),
  });
  return { report, sheet };
}
