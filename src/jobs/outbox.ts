import type { PngFile } from '../charts/complianceChart.js';
import {
  asDeliveryError,
  type ChatPlatform,
  DeliveryError,
  type DigestNotice,
  type StoredNotice,
} from '../platforms/port.js';
import type { Db } from '../storage/database.js';
import {
  claimDelivery,
  type DeliveryRecord,
  dueDeliveries,
  leaseDelivery,
  markDeliveryFailed,
  markDeliverySent,
  saveDeliveryProgress,
  splitDelivery,
} from '../storage/deliveries.js';

/**
 * What a delivery row carries, so any process can finish or retry it without the sweep that claimed it.
 * Messages are stored as notices (plain data); the platform renders them when they are sent.
 */
export type OutboxPayload =
  /**
   * A reminder to everyone in its offices: its first attempt splits it into one `dm` per recipient
   * (`delivered` is only ever non-empty on rows written before that split existed).
   */
  | { type: 'direct'; recipients: string[]; delivered: string[]; notice: StoredNotice; planId?: number }
  /** One person's copy: retried, skipped or given up on its own, so one person never holds up the others. */
  | {
      type: 'dm';
      userId: string;
      notice: StoredNotice;
      planId?: number;
      /** Saved just before the post; still there after a crash, it means the post may have gone out. */
      posting?: boolean;
    }
  | { type: 'channel'; channel: string; notice: StoredNotice }
  /** Built when sent, so a digest deferred past a holiday shows that day's figures. */
  | { type: 'digest'; planId: number; channel: string; posted: { message: boolean; chart: boolean } };

export interface RetryPolicy {
  /** How long an attempt holds its row; far longer than one attempt's calls (each times out, deliverer.ts). */
  leaseMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** Transient failures are retried for this long after the first attempt, however many there were. */
  retryForMs: number;
}

/** About a working day of retries: 1, 2, 4 … minutes, then hourly, for ten hours after the first attempt. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  leaseMs: 5 * 60_000,
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  retryForMs: 10 * 60 * 60_000,
};

/** The pino subset the jobs use; tests pass a recording fake. */
export interface JobLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface DigestRendering {
  notice: DigestNotice;
  chart: PngFile | null;
  chartComment: string;
}

/**
 * What one sweep has learnt about the platform, shared by its attempts: after a 429, or a few attempts in
 * a row that got no answer, the sweep's remaining sends wait (unclaimed or unleased) instead of
 * each paying for the same trouble.
 */
export interface SendPause {
  until: Date | null;
  unanswered: number;
}

export function newSendPause(): SendPause {
  return { until: null, unanswered: 0 };
}

/** Attempts in a row without an answer (timeouts, 5xx) after which a sweep stops sending. */
const UNANSWERED_BEFORE_PAUSE = 3;

export interface OutboxDeps {
  db: Db;
  platform: ChatPlatform;
  logger: JobLogger;
  policy: RetryPolicy;
  renderDigest(planId: number, now: Date): Promise<DigestRendering>;
  /** The planning channel: where admins hear that a recipient cannot be reached. */
  adminChannel: string | undefined;
  pause: SendPause;
  /** The time leases are taken from: real time in production, however long the sweep has run. */
  clock(): Date;
}

export type AttemptOutcome = 'sent' | 'retrying' | 'gave-up' | 'unreachable' | 'unknown' | 'waiting';

export function noOutcomes(): Record<AttemptOutcome, string[]> {
  return { sent: [], retrying: [], 'gave-up': [], unreachable: [], unknown: [], waiting: [] };
}

/** At most this many retries per sweep, so a long platform outage drains steadily instead of all at once. */
const RETRIES_PER_SWEEP = 50;

export function encodePayload(payload: OutboxPayload): string {
  return JSON.stringify(payload);
}

/** A row written before notices existed: its message is Slack Block Kit, built when it was claimed. */
type Legacy<P> = P extends { notice: StoredNotice } ? Omit<P, 'notice'> & { message: LegacyMessage } : never;
type LegacyPayload = Legacy<OutboxPayload>;
interface LegacyMessage {
  text: string;
  blocks: unknown[];
}

function decodePayload(text: string): OutboxPayload {
  const stored = JSON.parse(text) as OutboxPayload | LegacyPayload;
  if (!('message' in stored)) return stored;
  const { message, ...rest } = stored;
  // Saved back as a notice with the attempt's outcome: each legacy row is converted once, when it is sent.
  return { ...rest, notice: { type: 'legacy-slack', text: message.text, blocks: message.blocks } } as OutboxPayload;
}

/** When the retries of a delivery first attempted at `from` stop. */
export function giveUpAtFor(policy: RetryPolicy, from: Date): Date {
  return new Date(from.getTime() + policy.retryForMs);
}

export function recipientKey(key: string, userId: string): string {
  return `${key}:to:${userId}`;
}

export function isPaused(deps: Pick<OutboxDeps, 'pause'>, now: Date): boolean {
  return deps.pause.until !== null && deps.pause.until > now;
}

function leaseUntil(deps: OutboxDeps): Date {
  return new Date(deps.clock().getTime() + deps.policy.leaseMs);
}

async function performDigest(
  deps: OutboxDeps,
  id: number,
  payload: Extract<OutboxPayload, { type: 'digest' }>,
  now: Date,
) {
  const rendering = await deps.renderDigest(payload.planId, now);
  if (!payload.posted.message) {
    await deps.platform.channelMessage(payload.channel, rendering.notice);
    payload.posted.message = true;
    await saveDeliveryProgress(deps.db, id, encodePayload(payload));
  }
  if (rendering.chart !== null && !payload.posted.chart) {
    await deps.platform.uploadPng(payload.channel, rendering.chart, rendering.chartComment);
    payload.posted.chart = true;
  }
}

async function perform(
  deps: OutboxDeps,
  id: number,
  payload: Exclude<OutboxPayload, { type: 'direct' }>,
  now: Date,
): Promise<void> {
  switch (payload.type) {
    case 'dm':
      return deps.platform.directMessage(payload.userId, payload.notice, async () => {
        await saveDeliveryProgress(deps.db, id, encodePayload({ ...payload, posting: true }));
      });
    case 'channel':
      return deps.platform.channelMessage(payload.channel, payload.notice);
    case 'digest':
      return performDigest(deps, id, payload, now);
  }
}

function retryDelayMs(policy: RetryPolicy, failure: DeliveryError, attempts: number): number {
  if (failure.kind === 'rate_limited' && failure.retryAfterSeconds !== null) {
    return Math.max(failure.retryAfterSeconds * 1000, 1000);
  }
  return Math.min(policy.firstDelayMs * 2 ** Math.max(attempts - 1, 0), policy.maxDelayMs);
}

/** What the sweep learns from one failure: a 429 or refused credentials pause it; so do unanswered calls in a row. */
function notePause(deps: OutboxDeps, failure: DeliveryError, retryAt: Date | null): void {
  const answered = failure.kind === 'fatal' || failure.kind === 'unreachable';
  deps.pause.unanswered = answered ? 0 : deps.pause.unanswered + 1;
  const stop =
    failure.kind === 'rate_limited' ||
    failure.kind === 'unauthorized' ||
    deps.pause.unanswered >= UNANSWERED_BEFORE_PAUSE;
  if (stop && retryAt !== null) deps.pause.until = retryAt;
}

function statusOf(failure: DeliveryError): 'failed' | 'unreachable' | 'unknown' {
  return failure.kind === 'unreachable' || failure.kind === 'unknown' ? failure.kind : 'failed';
}

function outcomeOf(failure: DeliveryError, givesUp: boolean): AttemptOutcome {
  if (failure.kind === 'unreachable' || failure.kind === 'unknown') return failure.kind;
  return givesUp ? 'gave-up' : 'retrying';
}

/** A transient failure is retried until the delivery's deadline; a permanent one, or an unknown outcome, never. */
function givesUpOn(deps: OutboxDeps, record: DeliveryRecord, failure: DeliveryError, now: Date): boolean {
  if (failure.kind === 'fatal' || failure.kind === 'unreachable' || failure.kind === 'unknown') return true;
  const deadline = record.giveUpAt ?? giveUpAtFor(deps.policy, record.createdAt);
  return now >= deadline;
}

async function recordFailure(
  deps: OutboxDeps,
  record: DeliveryRecord,
  payload: OutboxPayload,
  error: unknown,
  now: Date,
): Promise<AttemptOutcome> {
  const failure = asDeliveryError(error);
  const givesUp = givesUpOn(deps, record, failure, now);
  // The failure says what happened to the post, so a retry may post again.
  if (payload.type === 'dm') delete payload.posting;
  const retryAt = givesUp ? null : new Date(now.getTime() + retryDelayMs(deps.policy, failure, record.attempts));
  await markDeliveryFailed(deps.db, record.id, {
    status: statusOf(failure),
    error: `${failure.kind}: ${failure.message}`,
    retryAt,
    payload: encodePayload(payload),
    refundAttempt: failure.kind === 'rate_limited',
  });
  notePause(deps, failure, retryAt ?? new Date(now.getTime() + deps.policy.firstDelayMs));
  const outcome = outcomeOf(failure, givesUp);
  const fields = { key: record.key, attempts: record.attempts, kind: failure.kind, error: failure.message, retryAt };
  if (outcome === 'gave-up') deps.logger.error(fields, 'delivery abandoned');
  else if (outcome === 'retrying') deps.logger.warn(fields, 'delivery failed; will retry');
  else if (outcome === 'unknown') deps.logger.warn(fields, 'delivery outcome unknown; not resent');
  else deps.logger.warn(fields, 'recipient unreachable; skipped');
  if (outcome === 'unreachable' && payload.type === 'dm') await tellAdminsUnreachable(deps, payload, failure, now);
  return outcome;
}

/** Once per person and plan, the planning channel hears who is not getting reminders, and why. */
async function tellAdminsUnreachable(
  deps: OutboxDeps,
  payload: Extract<OutboxPayload, { type: 'dm' }>,
  failure: DeliveryError,
  now: Date,
): Promise<void> {
  if (deps.adminChannel === undefined) {
    deps.logger.warn({ userId: payload.userId }, 'recipient unreachable; no PLANNING_CHANNEL to tell');
    return;
  }
  const record = await claimDelivery(deps.db, {
    key: `unreachable:${payload.planId ?? 0}:${payload.userId}`,
    kind: 'unreachable-member',
    payload: encodePayload({
      type: 'channel',
      channel: deps.adminChannel,
      notice: { type: 'unreachable-recipient', userId: payload.userId, reason: failure.message },
    }),
    leaseUntil: leaseUntil(deps),
    giveUpAt: giveUpAtFor(deps.policy, now),
  });
  if (record !== null) await attemptDelivery(deps, record, now);
}

/** Of the recipients' outcomes, what the reminder as a whole is: still retrying while any of them is. */
function overallOutcome(outcomes: readonly AttemptOutcome[]): AttemptOutcome {
  for (const outcome of ['retrying', 'waiting', 'gave-up'] as const) if (outcomes.includes(outcome)) return outcome;
  return 'sent';
}

/**
 * A reminder's first attempt: one row per recipient not yet messaged, then an attempt at each, each
 * leased just before its own attempt. A recipient taken by another instance in between is theirs.
 */
async function splitByRecipient(
  deps: OutboxDeps,
  record: DeliveryRecord,
  payload: Extract<OutboxPayload, { type: 'direct' }>,
  now: Date,
): Promise<AttemptOutcome> {
  const giveUpAt = record.giveUpAt ?? giveUpAtFor(deps.policy, record.createdAt);
  const parts = payload.recipients
    .filter((userId) => !payload.delivered.includes(userId))
    .map((userId) => ({
      key: recipientKey(record.key, userId),
      kind: 'dm',
      payload: encodePayload({
        type: 'dm',
        userId,
        notice: payload.notice,
        ...(payload.planId === undefined ? {} : { planId: payload.planId }),
      }),
      giveUpAt,
    }));
  const split = await splitDelivery(deps.db, record.id, parts, now);
  const outcomes: AttemptOutcome[] = [];
  for (const part of split) {
    if (isPaused(deps, now)) {
      outcomes.push('waiting');
      continue;
    }
    const leased = await leaseDelivery(deps.db, part, now, leaseUntil(deps));
    if (leased !== null) outcomes.push(await attemptDelivery(deps, leased, now));
  }
  return overallOutcome(outcomes);
}

/** One attempt at a delivery this process holds (just claimed or leased); records the outcome. */
export async function attemptDelivery(deps: OutboxDeps, record: DeliveryRecord, now: Date): Promise<AttemptOutcome> {
  const payload = decodePayload(record.payload);
  if (payload.type === 'direct') return splitByRecipient(deps, record, payload, now);
  if (payload.type === 'dm' && payload.posting === true) {
    // An attempt died (a crash, a kill) between starting the post and recording how it went.
    return recordFailure(
      deps,
      record,
      payload,
      new DeliveryError('unknown', 'an earlier attempt stopped mid-post'),
      now,
    );
  }
  try {
    await perform(deps, record.id, payload, now);
  } catch (error) {
    return recordFailure(deps, record, payload, error, now);
  }
  deps.pause.unanswered = 0;
  await markDeliverySent(deps.db, record.id, now, encodePayload(payload));
  return 'sent';
}

/**
 * Retries whatever is due: failed sends whose backoff has passed, deferred ones, recipients another
 * sweep split off but did not get to, and attempts a crash abandoned. Each is leased as its turn
 * comes; once the platform asks the sweep to wait, the rest stay due for the next one.
 */
export async function retryDueDeliveries(deps: OutboxDeps, now: Date): Promise<Record<AttemptOutcome, string[]>> {
  const outcomes = noOutcomes();
  for (const record of await dueDeliveries(deps.db, now, RETRIES_PER_SWEEP)) {
    if (isPaused(deps, now)) {
      outcomes.waiting.push(record.key);
      continue;
    }
    const leased = await leaseDelivery(deps.db, record, now, leaseUntil(deps));
    if (leased !== null) outcomes[await attemptDelivery(deps, leased, now)].push(record.key);
  }
  return outcomes;
}
