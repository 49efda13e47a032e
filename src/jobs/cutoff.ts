import { isBusinessDay } from '../domain/calendar/index.js';
import { cutoffStatus, PUBLICATION_BUSINESS_DAYS } from '../domain/cutoff.js';
import { localMoment } from '../domain/reminders/index.js';
import { loadCutoffReport } from '../export/load.js';
import { claimDelivery, claimedKeys } from '../storage/deliveries.js';
import type { JobDeps } from './context.js';
import { type AttemptOutcome, attemptDelivery, encodePayload, giveUpAtFor } from './outbox.js';
import { outboxDeps } from './reminderSweep.js';

export type CutoffOutcome =
  | { status: AttemptOutcome | 'already-claimed'; key: string }
  /** Today is not a day to post: no cut-off is open, it is a day off, or the cut-off is outside the vigencia. */
  | { status: 'not-due' | 'no-plan' | 'no-channel' };

export interface CutoffJobInput extends JobDeps {
  now: Date;
  /** CUTOFF_DATES: 'MM-DD' of each cut-off. */
  cutoffDates: readonly string[];
}

export function cutoffKey(planId: number, cutoffDate: string): string {
  return `cutoff:${planId}:${cutoffDate}`;
}

/**
 * Posts the active plan's cut-off report to the planning channel once per cut-off
 * (`cutoff:<planId>:<date>`), however many processes run the cron. It is due from the cut-off
 * date until its publication deadline, on business days: a cut-off on a Saturday is posted on
 * Monday, and a process that was down on the day catches up. Cut-offs whose period lies outside
 * the plan's vigencia are skipped: they belong to another plan.
 */
export async function postCutoffReport(input: CutoffJobInput): Promise<CutoffOutcome> {
  const { db, now, settings, calendar } = input;
  const channel = input.planningChannel;
  if (channel === undefined) {
    input.logger.warn({}, 'cut-off report skipped: set PLANNING_CHANNEL');
    return { status: 'no-channel' };
  }
  const plan = await db.plan.findFirst({
    where: { isActive: true },
    select: { id: true, startsOn: true, endsOn: true },
  });
  if (plan === null) return { status: 'no-plan' };
  const { date: today } = localMoment(now, settings.timeZone);
  if (!isBusinessDay(calendar, today)) return { status: 'not-due' };
  const schedule = { dates: input.cutoffDates, publicationBusinessDays: PUBLICATION_BUSINESS_DAYS };
  const cutoff = cutoffStatus(calendar, schedule, today);
  if (cutoff === null || cutoff.businessDaysLeft < 0) return { status: 'not-due' };
  if (cutoff.date < plan.startsOn || cutoff.periodStart > plan.endsOn) return { status: 'not-due' };
  const key = cutoffKey(plan.id, cutoff.date);
  // Posted already on an earlier day: no need to build the report again.
  if ((await claimedKeys(db, [key])).has(key)) return { status: 'already-claimed', key };
  const report = await loadCutoffReport(db, plan.id, { at: today, calendar, schedule, bands: input.bands });
  if (report === null) return { status: 'not-due' };
  const record = await claimDelivery(db, {
    key,
    kind: 'cutoff',
    payload: encodePayload({ type: 'channel', channel, notice: { type: 'cutoff-report', report } }),
    leaseUntil: new Date(now.getTime() + input.policy.leaseMs),
    giveUpAt: giveUpAtFor(input.policy, now),
  });
  if (record === null) return { status: 'already-claimed', key };
  return { status: await attemptDelivery(outboxDeps(input), record, now), key };
}
