import type { IsoDate } from '../domain/types.js';
import type { Db } from './database.js';

// Progress is append-only: this module deliberately has no update or delete. A mistake is
// fixed by appending a correction (`correctsId`) whose amount reverses or amends the original.
// Entries are appended by the ledger (ledger/index.ts) and, for reversals, by corrections.ts.

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
  amount: true,
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

export type RecordRow = Omit<ProgressRecord, 'correctedByIds'> & { correctedBy: { id: number }[] };

export function toRecord({ correctedBy, ...entry }: RecordRow): ProgressRecord {
  return { ...entry, correctedByIds: correctedBy.map(({ id }) => id) };
}

function toRecordWithActivity({
  activity,
  ...entry
}: RecordRow & { activity: { code: string; title: string } }): ProgressWithActivity {
  return { ...toRecord(entry), activityCode: activity.code, activityTitle: activity.title };
}
