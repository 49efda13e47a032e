import { fromTenThousandths, toTenThousandths } from '../domain/amounts.js';
import type { IsoDate } from '../domain/types.js';
import type { Db, Tx } from './database.js';
import { ActivityNotFoundError, InvalidCorrectionError } from './errors.js';
import { activityTotal } from './totals.js';

// Progress is append-only: this module deliberately has no update or delete. A mistake is
// fixed by appending a correction (`correctsId`) whose amount reverses or amends the original.
// Entries are appended by `/avance` (logging.ts), by reversals (corrections.ts) and by the sheet
// import (plans.ts), each in a transaction that holds the activity's lock (`lockActivity`).

/** Where an entry came from: a sheet import, the chat (Slack) or the command line. */
export type ProgressSource = 'import' | 'chat' | 'cli';

export interface NewProgressEntry {
  activityId: number;
  amount: number;
  effectiveOn: IsoDate;
  authorId: string;
  authorName?: string | null;
  source: ProgressSource;
  note?: string | null;
  evidenceUrl?: string | null;
  /** The entry this one corrects; it must belong to the same activity. */
  correctsId?: number | null;
  /** The chat request that asked for it, so a replay finds it (see the schema). */
  requestKey?: string | null;
  /** When it was recorded: the command's clock, so a simulated date (the console's --at) holds; else the database's. */
  recordedAt?: Date;
}

export interface ProgressRecord {
  id: number;
  activityId: number;
  amount: number;
  note: string | null;
  evidenceUrl: string | null;
  authorId: string;
  authorName: string | null;
  source: string;
  effectiveOn: IsoDate;
  recordedAt: Date;
  correctsId: number | null;
  /** Later entries that correct this one, oldest first. */
  correctedByIds: number[];
}

export interface ProgressWithActivity extends ProgressRecord {
  activityCode: string;
  activityTitle: string;
}

/** Oldest first. */
export async function listProgress(db: Db, activityId: number): Promise<ProgressRecord[]> {
  const entries = await db.progressEntry.findMany({
    where: { activityId },
    orderBy: { id: 'asc' },
    select: recordSelect,
  });
  return entries.map(toRecord);
}

/** Entries recorded since `since` (not effective: what is new to readers), oldest first. */
export async function recentProgress(db: Db, planId: number, since: Date): Promise<ProgressWithActivity[]> {
  const entries = await db.progressEntry.findMany({
    where: { recordedAt: { gte: since }, activity: { planId } },
    orderBy: { id: 'asc' },
    select: withActivitySelect,
  });
  return entries.map(toRecordWithActivity);
}

const scalarSelect = {
  id: true,
  activityId: true,
  amountTenThousandths: true,
  note: true,
  evidenceUrl: true,
  authorId: true,
  authorName: true,
  source: true,
  effectiveOn: true,
  recordedAt: true,
  correctsId: true,
} as const;

/** What a ProgressRecord is read with; corrections.ts reads the same shape. */
export const recordSelect = { ...scalarSelect, correctedBy: { select: { id: true }, orderBy: { id: 'asc' } } } as const;

const withActivitySelect = { ...recordSelect, activity: { select: { code: true, title: true } } } as const;

export type RecordRow = Omit<ProgressRecord, 'correctedByIds' | 'amount'> & {
  amountTenThousandths: bigint;
  correctedBy: { id: number }[];
};

export function toRecord({ correctedBy, amountTenThousandths, ...entry }: RecordRow): ProgressRecord {
  return {
    ...entry,
    amount: fromTenThousandths(amountTenThousandths),
    correctedByIds: correctedBy.map(({ id }) => id),
  };
}

/** An entry as a row to insert: the amount in exact ten-thousandths. */
export function entryData({ amount, ...entry }: NewProgressEntry) {
  return {
    ...entry,
    amountTenThousandths: toTenThousandths(amount),
    note: entry.note ?? null,
    evidenceUrl: entry.evidenceUrl ?? null,
    authorName: entry.authorName ?? null,
    correctsId: entry.correctsId ?? null,
    requestKey: entry.requestKey ?? null,
  };
}

/**
 * A portable `SELECT … FOR UPDATE`: a no-op update takes the activity's row lock on PostgreSQL, so
 * two writers of the same activity's entries (two `/avance`, two reversals) run one after the
 * other and each decides on the total the other left; on SQLite it takes the database's write
 * lock at once, so another process waits too. The entries themselves are never written to.
 */
export async function lockActivity(tx: Tx, activity: number | { planId: number; code: string }): Promise<boolean> {
  const where = typeof activity === 'number' ? { id: activity } : { ...activity, retiredAt: null };
  const { count } = await tx.activity.updateMany({ where, data: { position: { increment: 0 } } });
  return count > 0;
}

/** On SQLite a write queues behind any transaction already open (an import can take seconds). */
export const LOCK_WAIT = { maxWait: 10_000, timeout: 10_000 };

/**
 * Appends one entry under its activity's lock and returns it with the activity's new total. The
 * primitive beneath the commands, for fixtures and tools that write entries they already checked.
 */
export function appendProgress(db: Db, entry: NewProgressEntry): Promise<{ entry: ProgressRecord; total: number }> {
  return db.$transaction(async (tx) => {
    if (!(await lockActivity(tx, entry.activityId))) throw new ActivityNotFoundError(entry.activityId);
    return insertEntry(tx, entry);
  }, LOCK_WAIT);
}

/** Inserts `entry` inside a transaction holding its activity's lock; returns it with the new total. */
export async function insertEntry(tx: Tx, entry: NewProgressEntry): Promise<{ entry: ProgressRecord; total: number }> {
  if (entry.correctsId != null) {
    const corrected = await tx.progressEntry.findUnique({
      where: { id: entry.correctsId },
      select: { activityId: true },
    });
    if (corrected?.activityId !== entry.activityId) throw new InvalidCorrectionError(entry.correctsId);
  }
  return { entry: await appendEntry(tx, entry), total: await activityTotal(tx, entry.activityId) };
}

/** Inserts a new entry (not a correction) inside a transaction holding its activity's lock. */
export async function appendEntry(tx: Tx, entry: NewProgressEntry): Promise<ProgressRecord> {
  // A row just written has no corrections yet: its scalars are the whole record.
  const created = await tx.progressEntry.create({ data: entryData(entry), select: scalarSelect });
  return toRecord({ ...created, correctedBy: [] });
}

function toRecordWithActivity({
  activity,
  ...entry
}: RecordRow & { activity: { code: string; title: string } }): ProgressWithActivity {
  return { ...toRecord(entry), activityCode: activity.code, activityTitle: activity.title };
}
