import { effectiveDayOf, type LoggingRules } from '../../domain/logging.js';
import type { IsoDate } from '../../domain/types.js';
import type { ActivePlanRef } from '../activePlan.js';
import { type ActivityRecord, activityRecord } from '../activities.js';
import type { OfficeRef } from '../planView.js';
import type { NewProgressEntry, ProgressRecord } from '../progress.js';

// The progress ledger is the path every `/avance` takes: read what logging needs, append the entry,
// return the new total. It runs on the database driver itself (better-sqlite3 or pg) rather than
// through Prisma, whose per-statement cost was ten times the SQL's on this path
// (docs/decisions/002-progress-ledger-on-the-driver.md). Everything else stays on Prisma.

/** What logging progress on one activity needs to know, read in one go. */
export interface LoggingContext {
  /** The plan asked for (or the active one); null when there is none. */
  plan: ActivePlanRef | null;
  /** The current (not retired) activity with that code in the plan; null when there is none. */
  activity: ActivityRecord | null;
  /** The caller's standing: an unknown user is no admin and belongs to no office. */
  caller: { isAdmin: boolean; officeIds: number[] };
}

export interface LoggingQuery {
  /** A plan's ID, or null for the active plan. */
  planId: number | null;
  code: string;
  userId: string;
}

/** One `/avance`: the entry to log on the activity `code` names, if the rules allow it. */
export interface LoggingRequest extends LoggingQuery {
  rules: LoggingRules;
  /** It counts on the day the rules give (`effectiveDayOf`). */
  entry: Omit<NewProgressEntry, 'activityId' | 'effectiveOn' | 'correctsId'>;
}

export type AppendResult = { entry: ProgressRecord; total: number };

/** The context the decision was made on, and the entry when it was logged: both from one read. */
export type LoggingOutcome =
  | { logged: AppendResult; context: LoggingContext & { plan: ActivePlanRef; activity: ActivityRecord } }
  | { logged: null; context: LoggingContext };

export interface ProgressLedger {
  loggingContext(query: LoggingQuery): Promise<LoggingContext>;
  /**
   * Logs the entry if `loggingRefusal` (src/domain/logging.ts) finds no reason not to, deciding on
   * the same data the write sees, or else writes nothing.
   */
  log(request: LoggingRequest): Promise<LoggingOutcome>;
  /**
   * Appends one entry (progress is append-only: a correction is an entry with `correctsId`) and
   * returns it with the activity's new total, both from the same transaction.
   */
  append(entry: NewProgressEntry): Promise<AppendResult>;
}

/** An activity's columns as both ledgers select them, with its subcomponent's. */
export interface ActivityColumns {
  id: number;
  planId: number;
  code: string;
  title: string;
  product: string;
  target: number;
  unit: string;
  scheduleText: string;
  scheduleKind: string;
  subcomponentCode: string;
  subcomponentName: string;
}

export function activityOf(columns: ActivityColumns, offices: OfficeRef[], dueDates: IsoDate[]): ActivityRecord {
  return activityRecord(columns, { code: columns.subcomponentCode, name: columns.subcomponentName }, offices, dueDates);
}

/** The columns both ledgers insert, in the order of `entryValues`. */
export const ENTRY_COLUMNS =
  '"activityId", "amount", "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn", "recordedAt", "correctsId"';

/** An entry's values in the order of ENTRY_COLUMNS, with the time of recording as each engine stores it. */
export function entryValues(entry: NewProgressEntry, recordedAt: string): unknown[] {
  return [entry.activityId, ...valuesAfterActivityId(entry, recordedAt)];
}

/** The same without the first, for a statement that finds the activity itself. */
export function valuesAfterActivityId(entry: Omit<NewProgressEntry, 'activityId'>, recordedAt: string): unknown[] {
  return [
    entry.amount,
    entry.note ?? null,
    entry.evidenceUrl ?? null,
    entry.authorId,
    entry.authorName ?? null,
    entry.source,
    entry.effectiveOn,
    recordedAt,
    entry.correctsId ?? null,
  ];
}

/** The entry a logging request appends, but for the activity. */
export function entryOf(request: LoggingRequest): Omit<NewProgressEntry, 'activityId'> {
  return { ...request.entry, effectiveOn: effectiveDayOf(request.rules) };
}

/** A non-finite amount is a programming error upstream: the command layer parses amounts. */
export function assertFiniteAmount(entry: { amount: number }): void {
  if (!Number.isFinite(entry.amount)) throw new RangeError(`Cantidad de avance no válida: ${entry.amount}`);
}

/** The stored record of an entry the ledger just wrote; the ID comes from the database. */
export function recordOf(entry: NewProgressEntry, id: number, recordedAt: Date): ProgressRecord {
  return {
    id,
    activityId: entry.activityId,
    amount: entry.amount,
    note: entry.note ?? null,
    evidenceUrl: entry.evidenceUrl ?? null,
    authorId: entry.authorId,
    authorName: entry.authorName ?? null,
    source: entry.source,
    effectiveOn: entry.effectiveOn,
    recordedAt,
    correctsId: entry.correctsId ?? null,
    correctedByIds: [],
  };
}
