import type { IsoDate } from '../domain/types.js';
import type { Db } from './database.js';
import { ActivityNotFoundError, InvalidCorrectionError } from './errors.js';
import { Prisma } from './generated/sqlite/client.js';

// Progress is append-only: this module deliberately has no update or delete. A mistake is
// fixed by appending a correction (`correctsId`) whose amount reverses or amends the original.

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

/**
 * Appends one entry and returns it with the activity's new total, read in the same transaction.
 * Two raw statements (INSERT … RETURNING, then the sum) because this is the path every `/avance`
 * takes: through Prisma's query compiler each model query costs about ten times its SQL
 * (bench/avance.ts). The SQL is plain enough for SQLite and PostgreSQL alike, and the foreign key is
 * what checks that the activity exists.
 */
export async function appendProgress(
  db: Db,
  entry: NewProgressEntry,
): Promise<{ entry: ProgressRecord; total: number }> {
  if (!Number.isFinite(entry.amount)) throw new RangeError(`Cantidad de avance no válida: ${entry.amount}`);
  if (entry.correctsId != null) await assertCorrectable(db, entry.correctsId, entry.activityId);
  try {
    const [[created], [sum]] = await db.$transaction([insertEntry(db, entry), sumOf(db, entry.activityId)]);
    if (created === undefined) throw new Error('INSERT … RETURNING devolvió cero filas.');
    return { entry: { ...scalarsOf(created), correctedByIds: [] }, total: Number(sum?.total ?? 0) };
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new ActivityNotFoundError(entry.activityId);
    throw error;
  }
}

type EntryRow = Omit<ProgressRecord, 'correctedByIds' | 'recordedAt'> & { recordedAt: Date | string };

function insertEntry(db: Db, entry: NewProgressEntry) {
  return db.$queryRaw<EntryRow[]>`
    INSERT INTO "ProgressEntry"
      ("activityId", "amount", "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn", "recordedAt", "correctsId")
    VALUES (${entry.activityId}, ${entry.amount}, ${entry.note ?? null}, ${entry.evidenceUrl ?? null}, ${entry.authorId},
      ${entry.authorName ?? null}, ${entry.source}, ${entry.effectiveOn}, ${new Date()}, ${entry.correctsId ?? null})
    RETURNING "id", "activityId", "amount", "note", "evidenceUrl", "authorId", "authorName", "source", "effectiveOn",
      "recordedAt", "correctsId"`;
}

function sumOf(db: Db, activityId: number) {
  return db.$queryRaw<{ total: number | null }[]>`
    SELECT SUM("amount") AS "total" FROM "ProgressEntry" WHERE "activityId" = ${activityId}`;
}

// Raw rows come back as the driver reads them: PostgreSQL may hand SUM over as text, SQLite a
// timestamp as its ISO text.
function scalarsOf(row: EntryRow): Omit<ProgressRecord, 'correctedByIds'> {
  return { ...row, amount: Number(row.amount), recordedAt: new Date(row.recordedAt) };
}

/** A raw statement's constraint failure is P2010 ("raw query failed") with the driver's own kind inside. */
function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2010') return false;
  const meta = error.meta as { driverAdapterError?: { cause?: { kind?: unknown } } } | undefined;
  return meta?.driverAdapterError?.cause?.kind === 'ForeignKeyConstraintViolation';
}

/** Entries never change once written, so this check cannot go stale before the insert. */
async function assertCorrectable(db: Db, correctsId: number, activityId: number): Promise<void> {
  const original = await db.progressEntry.findUnique({ where: { id: correctsId }, select: { activityId: true } });
  if (original?.activityId !== activityId) throw new InvalidCorrectionError(correctsId);
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

/** The author's latest entry in the plan, e.g. to offer undoing it. */
export async function lastEntryBy(db: Db, planId: number, authorId: string): Promise<ProgressWithActivity | null> {
  const entry = await db.progressEntry.findFirst({
    where: { authorId, activity: { planId } },
    orderBy: { id: 'desc' },
    select: withActivitySelect,
  });
  return entry && toRecordWithActivity(entry);
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
