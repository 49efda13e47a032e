import { chunksFor } from './chunks.js';
import type { Db } from './database.js';

/**
 * The outbox for messages that must go out exactly once (reminders, the weekly digest). A row is
 * claimed by inserting its unique key, so two sweeps or two processes racing for the same message
 * cannot both win. `nextAttemptAt` is a lease while an attempt runs (a crashed sender's row becomes
 * retryable once it passes) and the backoff after a failure.
 *
 * - pending: an attempt holds the row until `nextAttemptAt`, or a deferred first attempt waits for it.
 * - sent: done.
 * - failed: the last attempt failed; retried at `nextAttemptAt`, or never again when it is null.
 */
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface DeliveryRecord {
  id: number;
  key: string;
  kind: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  payload: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface NewDelivery {
  key: string;
  kind: string;
  payload: string;
  /** The claimant attempts it right away and holds it until then; null defers the first attempt to `notBefore`. */
  leaseUntil: Date | null;
  notBefore?: Date;
}

/** Slack errors are short codes; a longer text is our own and the start says enough. */
const MAX_ERROR_LENGTH = 500;

function toRecord(row: Omit<DeliveryRecord, 'status'> & { status: string }): DeliveryRecord {
  return { ...row, status: row.status as DeliveryStatus };
}

// Claims and marks are plain SQL (valid on SQLite and PostgreSQL): a sweep catching up after downtime
// makes thousands of them, and a Prisma model write costs several times its statement.

/** Inserts the key; null when another sweep or process holds it already (sent, failed or in flight). */
export async function claimDelivery(db: Db, delivery: NewDelivery): Promise<DeliveryRecord | null> {
  const { attempts, nextAttemptAt } =
    delivery.leaseUntil === null
      ? { attempts: 0, nextAttemptAt: delivery.notBefore ?? null }
      : { attempts: 1, nextAttemptAt: delivery.leaseUntil };
  const createdAt = new Date();
  const [[row]] = await db.$transaction([
    db.$queryRaw<{ id: number | bigint }[]>`
      INSERT INTO "Delivery" ("key", "kind", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
      VALUES (${delivery.key}, ${delivery.kind}, ${delivery.payload}, 'pending', ${attempts}, ${nextAttemptAt}, ${createdAt})
      ON CONFLICT ("key") DO NOTHING
      RETURNING "id"`,
  ]);
  if (row === undefined) return null;
  const { key, kind, payload } = delivery;
  return {
    id: Number(row.id),
    key,
    kind,
    payload,
    status: 'pending',
    attempts,
    nextAttemptAt,
    createdAt,
    lastError: null,
    sentAt: null,
  };
}

/**
 * Takes over deliveries whose retry time (or a crashed attempt's lease) has come, each for one attempt.
 * The conditional update is the lock: of two sweeps that read the same row, only one changes it.
 */
export async function leaseDueDeliveries(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<DeliveryRecord[]> {
  const due = await db.delivery.findMany({
    where: { status: { in: ['pending', 'failed'] }, nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
  });
  const leased: DeliveryRecord[] = [];
  for (const row of due) {
    const [{ count }] = await db.$transaction([
      db.delivery.updateMany({
        where: { id: row.id, status: row.status, attempts: row.attempts, nextAttemptAt: { lte: now } },
        data: { status: 'pending', attempts: { increment: 1 }, nextAttemptAt: leaseUntil },
      }),
    ]);
    if (count === 1)
      leased.push(toRecord({ ...row, status: 'pending', attempts: row.attempts + 1, nextAttemptAt: leaseUntil }));
  }
  return leased;
}

/** Keeps what part of a multi-step delivery is done (which DMs went out) so a retry never repeats it. */
export async function saveDeliveryProgress(db: Db, id: number, payload: string): Promise<void> {
  await db.$transaction([db.delivery.update({ where: { id }, data: { payload } })]);
}

export async function markDeliverySent(db: Db, id: number, now: Date, payload: string): Promise<void> {
  await db.$transaction([
    db.$executeRaw`
      UPDATE "Delivery" SET "status" = 'sent', "sentAt" = ${now}, "nextAttemptAt" = NULL, "lastError" = NULL,
        "payload" = ${payload}
      WHERE "id" = ${id}`,
  ]);
}

/** `retryAt` null gives up: the error was permanent or the attempts ran out. */
export async function markDeliveryFailed(
  db: Db,
  id: number,
  failure: { error: string; retryAt: Date | null; payload: string },
): Promise<void> {
  await db.$transaction([
    db.delivery.update({
      where: { id },
      data: {
        status: 'failed',
        nextAttemptAt: failure.retryAt,
        lastError: failure.error.slice(0, MAX_ERROR_LENGTH),
        payload: failure.payload,
      },
    }),
  ]);
}

/**
 * Which of `keys` are already claimed: what a dry run must leave out, as a sweep would. A sweep after
 * downtime can hold thousands of keys, so they are looked up a bounded list at a time.
 */
export async function claimedKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  for (const chunk of chunksFor([...new Set(keys)], 1)) {
    const rows = await db.delivery.findMany({ where: { key: { in: chunk } }, select: { key: true } });
    for (const row of rows) claimed.add(row.key);
  }
  return claimed;
}

export async function findDelivery(db: Db, key: string): Promise<DeliveryRecord | null> {
  const row = await db.delivery.findUnique({ where: { key } });
  return row === null ? null : toRecord(row);
}
