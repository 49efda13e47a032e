import { isBusinessDay, nextBusinessDay } from '../domain/calendar/index.js';
import { isoWeekOf } from '../domain/digest.js';
import { instantAt, localMoment } from '../domain/reminders/index.js';
import { claimDelivery } from '../storage/deliveries.js';
import type { JobDeps } from './context.js';
import { type AttemptOutcome, attemptDelivery, encodePayload, giveUpAtFor, type OutboxPayload } from './outbox.js';
import { outboxDeps } from './reminderSweep.js';

export type DigestOutcome =
  | { status: AttemptOutcome | 'already-claimed'; key: string }
  /** Fired on a holiday or weekend: claimed for the next business day at the same hour; the sweep sends it. */
  | { status: 'deferred'; key: string; until: Date }
  | { status: 'no-plan' | 'no-channel' };

export function digestKey(planId: number, isoWeek: string): string {
  return `digest:${planId}:${isoWeek}`;
}

/**
 * The weekly digest of the active plan to the digest channel, once per ISO week (`digest:<planId>:<week>`)
 * however many processes fire the cron. On a non-business day it waits for the next business day.
 */
export async function sendWeeklyDigest(deps: JobDeps & { now: Date }): Promise<DigestOutcome> {
  const { now, db, settings, calendar } = deps;
  const channel = deps.digestChannel;
  if (channel === undefined) {
    deps.logger.warn({}, 'weekly digest skipped: set DIGEST_CHANNEL or PLANNING_CHANNEL');
    return { status: 'no-channel' };
  }
  const plan = await db.plan.findFirst({ where: { isActive: true }, select: { id: true } });
  if (plan === null) return { status: 'no-plan' };
  const { date: today, minutes } = localMoment(now, settings.timeZone);
  const key = digestKey(plan.id, isoWeekOf(today));
  const payload: OutboxPayload = { type: 'digest', planId: plan.id, channel, posted: { message: false, chart: false } };
  if (!isBusinessDay(calendar, today)) {
    const until = instantAt(nextBusinessDay(calendar, today), minutes, settings.timeZone);
    const deferred = await claimDelivery(db, {
      key,
      kind: 'digest',
      payload: encodePayload(payload),
      leaseUntil: null,
      notBefore: until,
      giveUpAt: giveUpAtFor(deps.policy, until),
    });
    return deferred === null ? { status: 'already-claimed', key } : { status: 'deferred', key, until };
  }
  const record = await claimDelivery(db, {
    key,
    kind: 'digest',
    payload: encodePayload(payload),
    leaseUntil: new Date(now.getTime() + deps.policy.leaseMs),
    giveUpAt: giveUpAtFor(deps.policy, now),
  });
  if (record === null) return { status: 'already-claimed', key };
  return { status: await attemptDelivery(outboxDeps(deps), record, now), key };
}
