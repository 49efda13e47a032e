import { chunksFor } from './chunks.js';
import type { Db } from './database.js';

/**
 * The outbox for messages that must go out exactly once (reminders, the weekly digest). A row is
 * claimed by inserting its unique key, so two sweeps or two processes racing for the same message
 * cannot both win. `nextAttemptAt` is a lease while an attempt runs (a crashed sender's row becomes
 * retryable once it passes) and the backoff after a failure.
 *
 * - pending: an attempt holds the row until `nextAttemptAt`, or a deferred first attempt waits for it.
 * - sent: done (for a reminder: split into one row per recipient, each with its own status).
 * - failed: the last attempt failed; retried at `nextAttemptAt`, or never again when it is null.
 * - unreachable: the recipient cannot be messaged (deactivated, deleted); never retried.
 * - unknown: the message was handed to Slack and its answer never came; never resent (docs/decisions/010).
 */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'unreachable' | 'unknown';

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
  giveUpAt: Date | null;
}

export interface NewDelivery {
  key: string;
  kind: string;
  payload: string;
  /** The claimant attempts it right away and holds it until then; null defers the first attempt to `notBefore`. */
  leaseUntil: Date | null;
  notBefore?: Date;
  /** Retries stop at this instant; without it, a working day after `createdAt` (outbox.ts). */
  giveUpAt?: Date | null;
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
  const [[row]] = await db.$transaction([insertDelivery(db, delivery, attempts, nextAttemptAt, createdAt)]);
  return row === undefined ? null : newRecord(delivery, Number(row.id), attempts, nextAttemptAt, createdAt);
}

function insertDelivery(db: Db, delivery: NewDelivery, attempts: number, nextAttemptAt: Date | null, createdAt: Date) {
  return db.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "Delivery" ("key", "kind", "payload", "status", "attempts", "nextAttemptAt", "createdAt", "giveUpAt")
    VALUES (${delivery.key}, ${delivery.kind}, ${delivery.payload}, 'pending', ${attempts}, ${nextAttemptAt},
      ${createdAt}, ${delivery.giveUpAt ?? null})
    ON CONFLICT ("key") DO NOTHING
    RETURNING "id"`;
}

function newRecord(
  delivery: NewDelivery,
  id: number,
  attempts: number,
  nextAttemptAt: Date | null,
  createdAt: Date,
): DeliveryRecord {
  const { key, kind, payload } = delivery;
  const giveUpAt = delivery.giveUpAt ?? null;
  return {
    id,
    key,
    kind,
    payload,
    status: 'pending',
    attempts,
    nextAttemptAt,
    createdAt,
    lastError: null,
    sentAt: null,
    giveUpAt,
  };
}

/**
 * Replaces a delivery by one row per part (a reminder by one per recipient), in one transaction: the
 * parts are inserted unleased and due at once, and the whole is marked sent. A crash before the
 * commit leaves the whole to be retried; after it, each part is retried on its own. Returns the parts
 * inserted (a part whose key exists already is left as it is).
 */
export async function splitDelivery(
  db: Db,
  wholeId: number,
  parts: readonly Omit<NewDelivery, 'leaseUntil' | 'notBefore'>[],
  now: Date,
): Promise<DeliveryRecord[]> {
  const createdAt = new Date();
  const results = await db.$transaction([
    ...parts.map((part) => insertDelivery(db, { ...part, leaseUntil: null }, 0, now, createdAt)),
    db.$executeRaw`
      UPDATE "Delivery" SET "status" = 'sent', "sentAt" = ${now}, "nextAttemptAt" = NULL, "lastError" = NULL
      WHERE "id" = ${wholeId}`,
  ]);
  return parts.flatMap((part, index) => {
    const [row] = results[index] as { id: number | bigint }[];
    return row === undefined ? [] : [newRecord({ ...part, leaseUntil: null }, Number(row.id), 0, now, createdAt)];
  });
}

/** Deliveries whose retry time (or a crashed attempt's lease, or a deferred first attempt) has come, oldest first. */
export async function dueDeliveries(db: Db, now: Date, limit: number): Promise<DeliveryRecord[]> {
  const rows = await db.delivery.findMany({
    where: { status: { in: ['pending', 'failed'] }, nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
  });
  return rows.map(toRecord);
}

/**
 * Takes `record` for one attempt, as read: the conditional update is the lock, so of two sweeps (or
 * instances) that read the same row only one gets it. Taken just before the attempt, never for a
 * batch: a lease must outlast the attempt it covers, not a whole sweep's. Null when lost.
 */
export async function leaseDelivery(
  db: Db,
  record: DeliveryRecord,
  now: Date,
  leaseUntil: Date,
): Promise<DeliveryRecord | null> {
  const [{ count }] = await db.$transaction([
    db.delivery.updateMany({
      where: { id: record.id, status: record.status, attempts: record.attempts, nextAttemptAt: { lte: now } },
      data: { status: 'pending', attempts: { increment: 1 }, nextAttemptAt: leaseUntil },
    }),
  ]);
  return count === 1
    ? { ...record, status: 'pending', attempts: record.attempts + 1, nextAttemptAt: leaseUntil }
    : null;
}

/**
 * Until when Slack asked Rinde to wait, as the latest rate-limited retry says: a later sweep (or
 * another instance) honours a Retry-After it did not receive itself. Null when nothing is waiting.
 */
export async function rateLimitedUntil(db: Db, now: Date): Promise<Date | null> {
  const row = await db.delivery.findFirst({
    where: { status: 'failed', nextAttemptAt: { gt: now }, lastError: { startsWith: 'rate_limited:' } },
    orderBy: { nextAttemptAt: 'desc' },
    select: { nextAttemptAt: true },
  });
  return row?.nextAttemptAt ?? null;
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

export interface DeliveryFailure {
  /** failed (retried at `retryAt`, or given up when it is null), unreachable or unknown (never retried). */
  status: Extract<DeliveryStatus, 'failed' | 'unreachable' | 'unknown'>;
  error: string;
  retryAt: Date | null;
  payload: string;
  /** A rate-limited attempt is no failure: it gives its attempt back, so it does not lengthen the backoff. */
  refundAttempt?: boolean;
}

export async function markDeliveryFailed(db: Db, id: number, failure: DeliveryFailure): Promise<void> {
  await db.$transaction([
    db.delivery.update({
      where: { id },
      data: {
        status: failure.status,
        nextAttemptAt: failure.status === 'failed' ? failure.retryAt : null,
        lastError: failure.error.slice(0, MAX_ERROR_LENGTH),
        payload: failure.payload,
        ...(failure.refundAttempt === true ? { attempts: { decrement: 1 } } : {}),
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
