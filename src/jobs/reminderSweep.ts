import { localMoment, type PlannedReminder } from '../domain/reminders/index.js';
import { claimDelivery, claimedKeys } from '../storage/deliveries.js';
import { reminderMessage } from './blocks/reminder.js';
import { unstaffedOfficeMessage } from './blocks/unstaffed.js';
import type { JobDeps } from './context.js';
import { renderDigestForOutbox } from './digestContent.js';
import { dueReminders, type ReminderPlanRef } from './dueReminders.js';
import {
  type AttemptOutcome,
  attemptDelivery,
  encodePayload,
  type OutboxDeps,
  type OutboxPayload,
  retryDueDeliveries,
} from './outbox.js';

export interface SweepReport {
  planId: number | null;
  /** Reminder keys due at this instant (latest stage per due date). */
  due: string[];
  /** Claimed by this sweep, with how their first attempt went. */
  attempted: Record<AttemptOutcome, string[]>;
  /** Already claimed by an earlier or concurrent sweep: left alone. */
  alreadyClaimed: string[];
  /** Due, but none of the activity's offices has a member; reported to the planning channel instead. */
  withoutRecipients: string[];
  /** Offices newly reported as having no member. */
  unstaffedReported: string[];
  retried: Record<AttemptOutcome, string[]>;
}

export function outboxDeps(deps: JobDeps): OutboxDeps {
  return {
    db: deps.db,
    deliverer: deps.deliverer,
    logger: deps.logger,
    policy: deps.policy,
    renderDigest: (planId, now) => renderDigestForOutbox(deps, planId, now),
  };
}

function unstaffedKey(planId: number, officeId: number): string {
  return `unstaffed:${planId}:${officeId}`;
}

/** Claims `key` and makes its first attempt; null when another sweep or process got there first. */
async function claimAndSend(
  deps: JobDeps,
  claimed: Set<string>,
  key: string,
  kind: string,
  payload: OutboxPayload,
  now: Date,
): Promise<AttemptOutcome | null> {
  // Most due keys were claimed by an earlier sweep (or earlier in this one): skip the doomed insert.
  if (claimed.has(key)) return null;
  claimed.add(key);
  const record = await claimDelivery(deps.db, {
    key,
    kind,
    payload: encodePayload(payload),
    leaseUntil: new Date(now.getTime() + deps.policy.leaseMs),
  });
  return record === null ? null : attemptDelivery(outboxDeps(deps), record, now);
}

/** Each office with no member is told once per plan in the planning channel, with a reminder it missed as example. */
async function reportUnstaffed(
  deps: JobDeps,
  claimed: Set<string>,
  reminder: PlannedReminder,
  now: Date,
  report: SweepReport,
) {
  const channel = deps.planningChannel;
  if (channel === undefined) {
    deps.logger.warn(
      { key: reminder.key, offices: reminder.unstaffedOffices },
      'offices without members; no PLANNING_CHANNEL to tell',
    );
    return;
  }
  for (const office of reminder.unstaffedOffices) {
    const payload: OutboxPayload = { type: 'channel', channel, message: unstaffedOfficeMessage(office.name, reminder) };
    const outcome = await claimAndSend(
      deps,
      claimed,
      unstaffedKey(reminder.planId, office.id),
      'unstaffed-office',
      payload,
      now,
    );
    if (outcome !== null) report.unstaffedReported.push(office.name);
  }
}

async function sendReminder(
  deps: JobDeps,
  claimed: Set<string>,
  plan: ReminderPlanRef,
  reminder: PlannedReminder,
  now: Date,
  report: SweepReport,
) {
  if (reminder.unstaffedOffices.length > 0) await reportUnstaffed(deps, claimed, reminder, now, report);
  // No claim without recipients: once someone joins an office, the next sweep sends them the current stage.
  if (reminder.recipients.length === 0) {
    report.withoutRecipients.push(reminder.key);
    return;
  }
  const today = localMoment(now, deps.settings.timeZone).date;
  const message = reminderMessage({ reminder, plan, today, quietDays: deps.settings.quietDays });
  const payload: OutboxPayload = { type: 'direct', recipients: reminder.recipients, delivered: [], message };
  const outcome = await claimAndSend(deps, claimed, reminder.key, 'reminder', payload, now);
  if (outcome === null) report.alreadyClaimed.push(reminder.key);
  else report.attempted[outcome].push(reminder.key);
}

/**
 * One pass of the reminder job: retry what is due for retrying, then claim and send the reminders due
 * at `now`. Safe to run at any frequency, from any number of processes: every message is claimed by
 * its unique key in `Delivery` before it is sent.
 */
export async function runReminderSweep(deps: JobDeps & { now: Date }): Promise<SweepReport> {
  const { now } = deps;
  const retried = await retryDueDeliveries(outboxDeps(deps), now);
  const { plan, reminders } = await dueReminders(deps.db, deps.settings, deps.calendar, now);
  const report: SweepReport = {
    planId: plan?.id ?? null,
    due: reminders.map((reminder) => reminder.key),
    attempted: { sent: [], retrying: [], 'gave-up': [] },
    alreadyClaimed: [],
    withoutRecipients: [],
    unstaffedReported: [],
    retried,
  };
  if (plan === null) return report;
  const claimed = await claimedKeys(
    deps.db,
    reminders.flatMap((r) => [r.key, ...r.unstaffedOffices.map((office) => unstaffedKey(r.planId, office.id))]),
  );
  for (const reminder of reminders) await sendReminder(deps, claimed, plan, reminder, now, report);
  if (report.attempted.sent.length + retried.sent.length > 0) {
    deps.logger.info(
      { sent: report.attempted.sent.length, retried: retried.sent.length, pending: report.attempted.retrying.length },
      'reminder sweep',
    );
  }
  return report;
}
