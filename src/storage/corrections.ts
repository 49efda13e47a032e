import type { Db } from './database.js';
import type { Prisma } from './generated/sqlite/client.js';
import {
  insertEntry,
  LOCK_WAIT,
  lockActivity,
  type ProgressRecord,
  type ProgressSource,
  recordSelect,
  toRecord,
} from './progress.js';

// Reading and reversing progress entries for the history, the exports and the cut-off reports.
// Like progress.ts, nothing here updates or deletes an entry: a reversal is a new entry.

export interface EntryInPlan extends ProgressRecord {
  planId: number;
  activityCode: string;
  activityTitle: string;
}

export interface NewReversal {
  /** The entry to reverse. */
  correctsId: number;
  authorId: string;
  authorName?: string | null;
  source: ProgressSource;
  note?: string | null;
  /** When it was recorded: the command's clock; else the database's. */
  recordedAt?: Date;
}

/** Why an entry cannot be reversed; the command layer turns each into a Spanish reply. */
export class ReversalRefusedError extends Error {
  constructor(
    readonly reason: 'not_found' | 'is_correction' | 'already_corrected',
    readonly entryId: number,
    /** The entry that already reversed it, for `already_corrected`. */
    readonly correctedById: number | null = null,
  ) {
    super(`Progress entry ${entryId} cannot be reversed: ${reason}`);
    this.name = 'ReversalRefusedError';
  }
}

export async function findProgressEntry(db: Db, id: number): Promise<EntryInPlan | null> {
  const entry = await db.progressEntry.findUnique({ where: { id }, select: inPlanSelect });
  return entry && toEntryInPlan(entry);
}

/** The author's latest entry in the plan that is not itself a correction: what "undo" means to them. */
export async function lastOriginalEntryBy(db: Db, planId: number, authorId: string): Promise<EntryInPlan | null> {
  const entry = await db.progressEntry.findFirst({
    where: { authorId, correctsId: null, activity: { planId } },
    orderBy: { id: 'desc' },
    select: inPlanSelect,
  });
  return entry && toEntryInPlan(entry);
}

/** Every entry of the plan's activities, oldest first; `upTo` keeps those effective on or before it. */
export async function listPlanProgress(db: Db, planId: number, upTo?: string): Promise<ProgressRecord[]> {
  const entries = await db.progressEntry.findMany({
    where: { activity: { planId }, ...(upTo === undefined ? {} : { effectiveOn: { lte: upTo } }) },
    orderBy: { id: 'asc' },
    select: recordSelect,
  });
  return entries.map(toRecord);
}

/**
 * Appends the entry that cancels `correctsId`: the opposite amount on the same effective date, so
 * every report, at any date, counts both or neither. An entry is reversed at most once, and a
 * reversal is never itself reversed.
 */
export function appendReversal(db: Db, reversal: NewReversal): Promise<{ entry: ProgressRecord; total: number }> {
  return db.$transaction(async (tx) => {
    const target = await tx.progressEntry.findUnique({
      where: { id: reversal.correctsId },
      select: { activityId: true },
    });
    if (target === null) throw new ReversalRefusedError('not_found', reversal.correctsId);
    await lockActivity(tx, target.activityId);
    // Read again under the lock: a reversal that committed while we waited is seen now.
    const original = await tx.progressEntry.findUniqueOrThrow({
      where: { id: reversal.correctsId },
      select: recordSelect,
    });
    if (original.correctsId !== null) throw new ReversalRefusedError('is_correction', original.id);
    const [existing] = original.correctedBy;
    if (existing !== undefined) throw new ReversalRefusedError('already_corrected', original.id, existing.id);
    return insertEntry(tx, {
      activityId: original.activityId,
      amount: -toRecord(original).amount,
      effectiveOn: original.effectiveOn,
      correctsId: original.id,
      authorId: reversal.authorId,
      authorName: reversal.authorName ?? null,
      source: reversal.source,
      note: reversal.note ?? null,
      recordedAt: reversal.recordedAt,
    });
  }, LOCK_WAIT);
}

const inPlanSelect = {
  ...recordSelect,
  activity: { select: { planId: true, code: true, title: true } },
} as const satisfies Prisma.ProgressEntrySelect;

type InPlanRow = Prisma.ProgressEntryGetPayload<{ select: typeof inPlanSelect }>;

function toEntryInPlan({ activity, ...entry }: InPlanRow): EntryInPlan {
  return { ...toRecord(entry), planId: activity.planId, activityCode: activity.code, activityTitle: activity.title };
}
