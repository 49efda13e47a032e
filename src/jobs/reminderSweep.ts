import { localMoment, type PlannedReminder } from '../domain/reminders/index.js';
import type { ReminderFacts, ReminderNotice, UnstaffedOfficeNotice } from '../platforms/port.js';
import { claimDelivery, claimedKeys, rateLimitedUntil } from '../storage/deliveries.js';
import type { JobDeps } from './context.js';
import { renderDigestForOutbox } from './digestContent.js';
import { dueReminders, type ReminderPlanRef } from './dueReminders.js';
import {
  type AttemptOutcome,
  attemptDelivery,
  encodePayload,
  giveUpAtFor,
  isPaused,
  newSendPause,
  noOutcomes,
  type OutboxDeps,
  type OutboxPayload,
  retryDueDeliveries,
  type SendPause,
} from './outbox.js';

export interface SweepReport {
  planId: number | null;
  /** Reminder keys due at this instant (latest stage per due date). */
  due: string[];
  /** Claimed by this sweep, with how their first attempt went. */
  attempted: Record<AttemptOutcome, string[]>;
  /** Already claimed by an earlier or concurrent sweep: left alone. */
  alreadyClaimed: string[];
  /** Due, but the platform asked this sweep to wait (a 429, calls unanswered): left unclaimed for the next one. */
  deferred: string[];
  /** Due, but none of the activity's offices has a member; reported to the planning channel instead. */
  withoutRecipients: string[];
  /** Offices newly reported as having no member. */
  unstaffedReported: string[];
  retried: Record<AttemptOutcome, string[]>;
}

/** The outbox's view of a job run; `pause` is shared by all of one run's attempts. */
export function outboxDeps(deps: JobDeps & { now: Date }, pause: SendPause = newSendPause()): OutboxDeps {
  return {
    db: deps.db,
    platform: deps.platform,
    logger: deps.logger,
    policy: deps.policy,
    renderDigest: (planId, now) => renderDigestForOutbox(deps, planId, now),
    adminChannel: deps.planningChannel,
    pause,
    clock: deps.clock ?? (() => deps.now),
  };
}

/** What the reminder's message says, without its recipients and bookkeeping: stored in every copy's row. */
function reminderFacts(reminder: PlannedReminder): ReminderFacts {
  const { activityCode, activityTitle, dueOn, dueIndex, dueCount, stage, kind, shift } = reminder;
  const { expected, progress, target, unit } = reminder;
  return {
    activityCode,
    activityTitle,
    dueOn,
    dueIndex,
    dueCount,
    stage,
    kind,
    shift,
    expected,
    progress,
    target,
    unit,
  };
}

function unstaffedExample({ activityCode, kind, dueOn }: PlannedReminder): UnstaffedOfficeNotice['reminder'] {
  return { activityCode, kind, dueOn };
}

function unstaffedKey(planId: number, officeId: number): string {
  return `unstaffed:${planId}:${officeId}`;
}

/** Claims `key` and makes its first attempt; null when another sweep or process got there first. */
async function claimAndSend(
  outbox: OutboxDeps,
  claimed: Set<string>,
  key: string,
  kind: string,
  payload: OutboxPayload,
  now: Date,
): Promise<AttemptOutcome | null> {
  // Most due keys were claimed by an earlier sweep (or earlier in this one): skip the doomed insert.
  if (claimed.has(key)) return null;
  // Left unclaimed, it is the next sweep's, at the stage due then.
  if (isPaused(outbox, now)) return 'waiting';
  claimed.add(key);
  const record = await claimDelivery(outbox.db, {
    key,
    kind,
    payload: encodePayload(payload),
    leaseUntil: new Date(outbox.clock().getTime() + outbox.policy.leaseMs),
    giveUpAt: giveUpAtFor(outbox.policy, now),
  });
  return record === null ? null : attemptDelivery(outbox, record, now);
}

/** Each office with no member is told once per plan in the planning channel, with a reminder it missed as example. */
async function reportUnstaffed(
  deps: JobDeps,
  outbox: OutboxDeps,
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
    const payload: OutboxPayload = {
      type: 'channel',
      channel,
      notice: { type: 'unstaffed-office', office: office.name, reminder: unstaffedExample(reminder) },
    };
    const outcome = await claimAndSend(
      outbox,
      claimed,
      unstaffedKey(reminder.planId, office.id),
      'unstaffed-office',
      payload,
      now,
    );
    if (outcome !== null && outcome !== 'waiting') report.unstaffedReported.push(office.name);
  }
}

async function sendReminder(
  deps: JobDeps,
  outbox: OutboxDeps,
  claimed: Set<string>,
  plan: ReminderPlanRef,
  reminder: PlannedReminder,
  now: Date,
  report: SweepReport,
) {
  if (reminder.unstaffedOffices.length > 0) await reportUnstaffed(deps, outbox, claimed, reminder, now, report);
  // No claim without recipients: once someone joins an office, the next sweep sends them the current stage.
  if (reminder.recipients.length === 0) {
    report.withoutRecipients.push(reminder.key);
    return;
  }
  const today = localMoment(now, deps.settings.timeZone).date;
  const notice: ReminderNotice = {
    type: 'reminder',
    reminder: reminderFacts(reminder),
    plan: { id: plan.id, entity: plan.entity },
    today,
    quietDays: deps.settings.quietDays,
  };
  const payload: OutboxPayload = {
    type: 'direct',
    recipients: reminder.recipients,
    delivered: [],
    notice,
    planId: plan.id,
  };
  const outcome = await claimAndSend(outbox, claimed, reminder.key, 'reminder', payload, now);
  if (outcome === null) report.alreadyClaimed.push(reminder.key);
  else if (outcome === 'waiting') report.deferred.push(reminder.key);
  else report.attempted[outcome].push(reminder.key);
}

/**
 * One pass of the reminder job: retry what is due for retrying, then claim and send the reminders due
 * at `now`. Safe to run at any frequency, from any number of processes: every message is claimed by
 * its unique key in `Delivery` before it is sent.
 */
export async function runReminderSweep(deps: JobDeps & { now: Date }): Promise<SweepReport> {
  const { now } = deps;
  const outbox = outboxDeps(deps, { until: await rateLimitedUntil(deps.db, now), unanswered: 0 });
  const retried = await retryDueDeliveries(outbox, now);
  const { plan, reminders } = await dueReminders(deps.db, deps.settings, deps.calendar, now);
  const report: SweepReport = {
    planId: plan?.id ?? null,
    due: reminders.map((reminder) => reminder.key),
    attempted: noOutcomes(),
    alreadyClaimed: [],
    deferred: [],
    withoutRecipients: [],
    unstaffedReported: [],
    retried,
  };
  if (plan === null) return report;
  const claimed = await claimedKeys(
    deps.db,
    reminders.flatMap((r) => [r.key, ...r.unstaffedOffices.map((office) => unstaffedKey(r.planId, office.id))]),
  );
  for (const reminder of reminders) await sendReminder(deps, outbox, claimed, plan, reminder, now, report);
  if (report.attempted.sent.length + retried.sent.length > 0) {
    deps.logger.info(
      {
        sent: report.attempted.sent.length,
        retried: retried.sent.length,
        pending: report.attempted.retrying.length,
        deferred: report.deferred.length,
      },
      'reminder sweep',
    );
  }
  return report;
}
