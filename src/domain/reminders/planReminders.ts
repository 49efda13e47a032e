import { type BusinessCalendar, isBusinessDay } from '../calendar/index.js';
import { addDays } from '../dates.js';
import type { IsoDate, ScheduleKind, TargetUnit } from '../types.js';
import { localMoment } from './clock.js';
import {
  latestOverdue,
  latestQuietNudge,
  type Occurrence,
  preDueOccurrences,
  type ReminderKind,
  type Shift,
} from './occurrences.js';
import type { ReminderSettings, StageSpec } from './stages.js';

export interface OfficeRecipients {
  id: number;
  name: string;
  /** Chat user IDs of the office's members. */
  memberIds: string[];
}

/** What the planner needs to know about one activity, with progress counted up to the sweep's day. */
export interface ReminderActivity {
  id: number;
  code: string;
  title: string;
  scheduleKind: ScheduleKind;
  target: number;
  unit: TargetUnit;
  progress: number;
  /** The latest day progress was logged for, or null when nothing was. */
  lastLoggedOn: IsoDate | null;
  /** The day the schedule says work starts ("a partir de marzo"), or null when it states none. */
  startsOn: IsoDate | null;
  /** All of the activity's due dates, ascending (k/n needs every one, not only those in the sweep's window). */
  dueDates: IsoDate[];
  offices: OfficeRecipients[];
}

export interface ReminderPlanInput {
  plan: { id: number; startsOn: IsoDate; endsOn: IsoDate };
  activities: readonly ReminderActivity[];
  calendar: BusinessCalendar;
  settings: ReminderSettings;
}

export interface PlannedReminder {
  /** `reminder:<activityId>:<dueOn>:<stage>`: the same reminder gets the same key in every sweep and process. */
  key: string;
  planId: number;
  activityId: number;
  activityCode: string;
  activityTitle: string;
  dueOn: IsoDate;
  /** 1-based position of `dueOn` among the activity's due dates. */
  dueIndex: number;
  dueCount: number;
  stage: string;
  kind: ReminderKind;
  sendOn: IsoDate;
  shift: Shift | null;
  /** What the due date calls for (target × k/n), what is logged, and the activity's target. */
  expected: number;
  progress: number;
  target: number;
  unit: TargetUnit;
  /** Members of the activity's offices, each once, sorted. */
  recipients: string[];
  /** Offices of the activity with nobody to tell. */
  unstaffedOffices: { id: number; name: string }[];
}

/** Sums of float amounts are never exact; a shortfall smaller than this is no shortfall. */
const PROGRESS_EPSILON = 1e-9;

export function expectedProgress(target: number, dueIndex: number, dueCount: number): number {
  return (target * dueIndex) / dueCount;
}

export function reminderKey(activityId: number, dueOn: IsoDate, stage: string): string {
  return `reminder:${activityId}:${dueOn}:${stage}`;
}

interface SweepDay {
  today: IsoDate;
  /** Reminders with a send day up to this one are due: today once the sending hour has passed. */
  reachedUntil: IsoDate;
}

function sweepDay(now: Date, settings: ReminderSettings): SweepDay {
  const { date, minutes } = localMoment(now, settings.timeZone);
  return { today: date, reachedUntil: minutes >= settings.sendAtMinutes ? date : addDays(date, -1) };
}

/** The latest reminder reached for the k-th due date (0-based `index`), or null. */
function occurrenceForDue(input: ReminderPlanInput, dueDates: readonly IsoDate[], index: number, day: SweepDay) {
  const { calendar, settings, plan } = input;
  const due = dueDates[index] as IsoDate;
  const next = dueDates[index + 1];
  const supersededFrom =
    next === undefined ? null : (preDueOccurrences(calendar, next, settings.stages)[0]?.sendOn ?? null);
  // Once the next due date's reminders have started they speak for this one's shortfall too.
  if (supersededFrom !== null && supersededFrom <= day.reachedUntil) return null;
  const overdue = settings.stages.some((stage) => stage.kind === 'overdue')
    ? latestOverdue(calendar, due, settings, {
        reachedUntil: day.reachedUntil,
        planEndsOn: plan.endsOn,
        supersededFrom,
      })
    : null;
  if (overdue !== null) return overdue;
  // Reminders before a due date are stale once it has passed; the overdue series speaks for it.
  if (day.today > due) return null;
  return preDueOccurrences(calendar, due, settings.stages).findLast((o) => o.sendOn <= day.reachedUntil) ?? null;
}

function isMet(progress: number, expected: number): boolean {
  return progress >= expected - PROGRESS_EPSILON;
}

interface Due {
  dueOn: IsoDate;
  dueIndex: number;
  dueCount: number;
  expected: number;
  occurrence: Occurrence;
}

function scheduledDues(input: ReminderPlanInput, activity: ReminderActivity, day: SweepDay): Due[] {
  const count = activity.dueDates.length;
  return activity.dueDates.flatMap((dueOn, index) => {
    const expected = expectedProgress(activity.target, index + 1, count);
    if (isMet(activity.progress, expected)) return [];
    const occurrence = occurrenceForDue(input, activity.dueDates, index, day);
    return occurrence === null ? [] : [{ dueOn, dueIndex: index + 1, dueCount: count, expected, occurrence }];
  });
}

/** The day silence is counted from: the last entry, else the stated start ("a partir de marzo"), else the vigencia's. */
function quietSince(activity: ReminderActivity, plan: ReminderPlanInput['plan']): IsoDate {
  const start = activity.startsOn !== null && activity.startsOn > plan.startsOn ? activity.startsOn : plan.startsOn;
  const logged = activity.lastLoggedOn;
  return logged !== null && logged > start ? logged : start;
}

/** "Permanentemente": no countdown to the end of the vigencia, only a nudge after a month of silence. */
function continuousDues(input: ReminderPlanInput, activity: ReminderActivity, day: SweepDay): Due[] {
  const { plan, calendar, settings } = input;
  if (isMet(activity.progress, activity.target) || day.today < plan.startsOn || day.today > plan.endsOn) return [];
  const occurrence = latestQuietNudge(
    calendar,
    quietSince(activity, plan),
    settings.quietDays,
    day.reachedUntil,
    plan.endsOn,
  );
  if (occurrence === null) return [];
  const dueOn = activity.dueDates.at(-1) ?? plan.endsOn;
  const count = Math.max(activity.dueDates.length, 1);
  return [{ dueOn, dueIndex: count, dueCount: count, expected: activity.target, occurrence }];
}

function recipientsOf(activity: ReminderActivity): Pick<PlannedReminder, 'recipients' | 'unstaffedOffices'> {
  const recipients = [...new Set(activity.offices.flatMap((office) => office.memberIds))].sort();
  const unstaffedOffices = activity.offices
    .filter((office) => office.memberIds.length === 0)
    .map(({ id, name }) => ({ id, name }));
  return { recipients, unstaffedOffices };
}

const byCode = new Intl.Collator('es', { numeric: true });

function compareReminders(a: PlannedReminder, b: PlannedReminder): number {
  return a.dueOn.localeCompare(b.dueOn) || byCode.compare(a.activityCode, b.activityCode);
}

/**
 * The reminders due at `now`: for each due date whose expected progress is not yet logged, only the
 * latest stage reached (so a sweep after downtime catches up with one message per due date, not a
 * flood). Nothing is due on a weekend or holiday in the plan's zone: the next business day catches up.
 * Pure: the sweep decides which of these were already sent.
 */
export function planReminders(input: ReminderPlanInput, now: Date): PlannedReminder[] {
  const day = sweepDay(now, input.settings);
  if (!isBusinessDay(input.calendar, day.today)) return [];
  return input.activities
    .flatMap((activity) => {
      const dues =
        activity.scheduleKind === 'continuous'
          ? continuousDues(input, activity, day)
          : scheduledDues(input, activity, day);
      return dues.map(
        (due): PlannedReminder => ({
          key: reminderKey(activity.id, due.dueOn, due.occurrence.stage),
          planId: input.plan.id,
          activityId: activity.id,
          activityCode: activity.code,
          activityTitle: activity.title,
          dueOn: due.dueOn,
          dueIndex: due.dueIndex,
          dueCount: due.dueCount,
          stage: due.occurrence.stage,
          kind: due.occurrence.kind,
          sendOn: due.occurrence.sendOn,
          shift: due.occurrence.shift,
          expected: due.expected,
          progress: activity.progress,
          target: activity.target,
          unit: activity.unit,
          ...recipientsOf(activity),
        }),
      );
    })
    .sort(compareReminders);
}

// Colombia's longest run of non-business days is four (Holy Thursday to Easter Sunday): a stage
// moved off one goes back at most that far, and each business day counted can skip that many.
const MAX_NON_BUSINESS_RUN = 4;

function daysAhead(stage: StageSpec): number {
  if (stage.kind !== 'before') return MAX_NON_BUSINESS_RUN;
  return stage.unit === 'calendar' ? stage.amount + MAX_NON_BUSINESS_RUN : stage.amount * (MAX_NON_BUSINESS_RUN + 1);
}

/**
 * The due dates a sweep on `today` must look at: ahead as far as the earliest stage reaches, and
 * behind to the start of the vigencia while overdue reminders repeat (an incomplete due date keeps
 * being due), else only as far as the first overdue reminder reaches.
 */
export function dueDateWindow(
  settings: ReminderSettings,
  today: IsoDate,
  plan: { startsOn: IsoDate; endsOn: IsoDate },
): { from: IsoDate; to: IsoDate } {
  const hasOverdue = settings.stages.some((stage) => stage.kind === 'overdue');
  const recent = addDays(today, -(settings.overdueAfterBusinessDays + 1) * (MAX_NON_BUSINESS_RUN + 1));
  const repeating = hasOverdue && settings.overdueRepeatDays > 0 && today <= plan.endsOn;
  const from = repeating && plan.startsOn < recent ? plan.startsOn : recent;
  return { from, to: addDays(today, Math.max(...settings.stages.map(daysAhead))) };
}
