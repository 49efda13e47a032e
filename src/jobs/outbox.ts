import type { PngFile } from '../charts/complianceChart.js';
import type { SlackMessage } from '../slack/blocks/kit.js';
import { classifyDeliveryError, type DeliveryError } from '../slack/delivery.js';
import type { Db } from '../storage/database.js';
import {
  type DeliveryRecord,
  leaseDueDeliveries,
  markDeliveryFailed,
  markDeliverySent,
  saveDeliveryProgress,
} from '../storage/deliveries.js';
import type { Deliverer } from './deliverer.js';

/** What a delivery row carries, so any process can finish or retry it without the sweep that claimed it. */
export type OutboxPayload =
  | { type: 'direct'; recipients: string[]; delivered: string[]; message: SlackMessage }
  | { type: 'channel'; channel: string; message: SlackMessage }
  /** Built when sent, so a digest deferred past a holiday shows that day's figures. */
  | { type: 'digest'; planId: number; channel: string; posted: { message: boolean; chart: boolean } };

export interface RetryPolicy {
  /** How long an attempt holds its row; longer than any send, so only a crashed sender's row is taken over. */
  leaseMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** Transient failures are retried this many times (with the delays doubling) before giving up. */
  maxAttempts: number;
}

/** About a working day of retries: 1, 2, 4 … minutes, then hourly. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  leaseMs: 5 * 60_000,
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  maxAttempts: 16,
};

/** The pino subset the jobs use; tests pass a recording fake. */
export interface JobLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface DigestRendering {
  message: SlackMessage;
  chart: PngFile | null;
  chartComment: string;
}

export interface OutboxDeps {
  db: Db;
  deliverer: Deliverer;
  logger: JobLogger;
  policy: RetryPolicy;
  renderDigest(planId: number, now: Date): Promise<DigestRendering>;
}

export type AttemptOutcome = 'sent' | 'retrying' | 'gave-up';

/** At most this many retries per sweep, so a long Slack outage drains steadily instead of all at once. */
const RETRIES_PER_SWEEP = 50;

export function encodePayload(payload: OutboxPayload): string {
  return JSON.stringify(payload);
}

function decodePayload(text: string): OutboxPayload {
  return JSON.parse(text) as OutboxPayload;
}

async function performDirect(deps: OutboxDeps, id: number, payload: Extract<OutboxPayload, { type: 'direct' }>) {
  const pending = payload.recipients.filter((userId) => !payload.delivered.includes(userId));
  for (const [index, userId] of pending.entries()) {
    await deps.deliverer.directMessage(userId, payload.message);
    payload.delivered.push(userId);
    // Saved after each DM but the last (marking the delivery sent saves that one): a retry after a
    // later recipient fails must not message this one again.
    if (index < pending.length - 1) await saveDeliveryProgress(deps.db, id, encodePayload(payload));
  }
}

async function performDigest(
  deps: OutboxDeps,
  id: number,
  payload: Extract<OutboxPayload, { type: 'digest' }>,
  now: Date,
) {
  const rendering = await deps.renderDigest(payload.planId, now);
  if (!payload.posted.message) {
    await deps.deliverer.channelMessage(payload.channel, rendering.message);
    payload.posted.message = true;
    await saveDeliveryProgress(deps.db, id, encodePayload(payload));
  }
  if (rendering.chart !== null && !payload.posted.chart) {
    await deps.deliverer.uploadPng(payload.channel, rendering.chart, rendering.chartComment);
    payload.posted.chart = true;
  }
}

async function perform(deps: OutboxDeps, id: number, payload: OutboxPayload, now: Date): Promise<void> {
  switch (payload.type) {
    case 'direct':
      return performDirect(deps, id, payload);
    case 'channel':
      return deps.deliverer.channelMessage(payload.channel, payload.message);
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

async function recordFailure(
  deps: OutboxDeps,
  record: DeliveryRecord,
  payload: OutboxPayload,
  error: unknown,
  now: Date,
): Promise<AttemptOutcome> {
  const failure = classifyDeliveryError(error);
  const givesUp = failure.kind === 'fatal' || record.attempts >= deps.policy.maxAttempts;
  const retryAt = givesUp ? null : new Date(now.getTime() + retryDelayMs(deps.policy, failure, record.attempts));
  await markDeliveryFailed(deps.db, record.id, {
    error: `${failure.kind}: ${failure.message}`,
    retryAt,
    payload: encodePayload(payload),
  });
  const fields = { key: record.key, attempts: record.attempts, kind: failure.kind, error: failure.message, retryAt };
  if (givesUp) deps.logger.error(fields, 'delivery abandoned');
  else deps.logger.warn(fields, 'delivery failed; will retry');
  return givesUp ? 'gave-up' : 'retrying';
}

/** One attempt at a delivery this process holds (just claimed or leased); records the outcome. */
export async function attemptDelivery(deps: OutboxDeps, record: DeliveryRecord, now: Date): Promise<AttemptOutcome> {
  const payload = decodePayload(record.payload);
  try {
    await perform(deps, record.id, payload, now);
  } catch (error) {
    return recordFailure(deps, record, payload, error, now);
  }
  await markDeliverySent(deps.db, record.id, now, encodePayload(payload));
  return 'sent';
}

/** Retries whatever is due: failed sends whose backoff has passed, deferred ones, and attempts a crash abandoned. */
export async function retryDueDeliveries(deps: OutboxDeps, now: Date): Promise<Record<AttemptOutcome, string[]>> {
  const leased = await leaseDueDeliveries(
    deps.db,
    now,
    new Date(now.getTime() + deps.policy.leaseMs),
    RETRIES_PER_SWEEP,
  );
  const outcomes: Record<AttemptOutcome, string[]> = { sent: [], retrying: [], 'gave-up': [] };
  for (const record of leased) outcomes[await attemptDelivery(deps, record, now)].push(record.key);
  return outcomes;
}
