import {
  addBusinessDays,
  type BusinessCalendar,
  holidayName,
  onOrAfterBusinessDay,
  onOrBeforeBusinessDay,
} from '../calendar/index.js';
import { addDays, compareIso, daysBetween } from '../dates.js';
import type { IsoDate } from '../types.js';
import { type ReminderSettings, type StageSpec, stageId } from './stages.js';

export type ShiftReason = 'festivo' | 'fin de semana';

/** Why a reminder goes out on another day than its stage says: that day was a holiday or a weekend. */
export interface Shift {
  reason: ShiftReason;
  /** The day the stage pointed at. */
  from: IsoDate;
  /** The holiday's name when `reason` is 'festivo'. */
  holiday: string | null;
}

export type ReminderKind = 'before' | 'due' | 'overdue' | 'quiet';

/** One moment a reminder could go out; the planner sends at most the latest reached one per due date. */
export interface Occurrence {
  stage: string;
  kind: ReminderKind;
  sendOn: IsoDate;
  shift: Shift | null;
}

function shiftBetween(calendar: BusinessCalendar, nominal: IsoDate, sendOn: IsoDate): Shift | null {
  if (nominal === sendOn) return null;
  const holiday = holidayName(calendar, nominal);
  return { reason: holiday === null ? 'fin de semana' : 'festivo', from: nominal, holiday };
}

interface Candidate extends Occurrence {
  nominal: IsoDate;
}

function preDueCandidate(calendar: BusinessCalendar, due: IsoDate, stage: StageSpec): Candidate | null {
  switch (stage.kind) {
    case 'overdue':
      return null;
    case 'due':
      return candidateBefore(calendar, 'due', 'due', due);
    case 'before':
      if (stage.unit === 'business') {
        const sendOn = addBusinessDays(calendar, due, -stage.amount);
        return { stage: stageId(stage), kind: 'before', sendOn, shift: null, nominal: sendOn };
      }
      return candidateBefore(calendar, stageId(stage), 'before', addDays(due, -stage.amount));
  }
}

/** Nothing is sent on a non-business day: a reminder meant for one goes out the business day before. */
function candidateBefore(calendar: BusinessCalendar, stage: string, kind: ReminderKind, nominal: IsoDate): Candidate {
  const sendOn = onOrBeforeBusinessDay(calendar, nominal);
  return { stage, kind, sendOn, shift: shiftBetween(calendar, nominal, sendOn), nominal };
}

/**
 * The reminders before and on a due date, one per sending day, oldest first. When two stages land on
 * the same day (the day before a Sunday due date is also where "on the day" moves), the one nearer the
 * due date wins: one message, the most urgent wording.
 */
export function preDueOccurrences(
  calendar: BusinessCalendar,
  due: IsoDate,
  stages: readonly StageSpec[],
): Occurrence[] {
  const candidates = stages
    .map((stage) => preDueCandidate(calendar, due, stage))
    .filter((candidate): candidate is Candidate => candidate !== null)
    .sort((a, b) => compareIso(a.sendOn, b.sendOn) || compareIso(a.nominal, b.nominal));
  const byDay = new Map<IsoDate, Occurrence>();
  for (const { nominal: _nominal, ...occurrence } of candidates) byDay.set(occurrence.sendOn, occurrence);
  return [...byDay.values()];
}

export interface OverdueBounds {
  /** The last day a reminder may be considered sent by now. */
  reachedUntil: IsoDate;
  /** Repeats stop when the plan's vigencia ends. */
  planEndsOn: IsoDate;
  /** Overdue reminders stop once the next due date's own reminders start: those cover the shortfall. */
  supersededFrom: IsoDate | null;
}

function overdueAt(calendar: BusinessCalendar, first: IsoDate, ordinal: number, repeatDays: number): Occurrence {
  if (ordinal === 1) return { stage: 'overdue-1', kind: 'overdue', sendOn: first, shift: null };
  const nominal = addDays(first, (ordinal - 1) * repeatDays);
  // Late already: a repeat that meets a holiday waits for the next business day rather than come early.
  const sendOn = onOrAfterBusinessDay(calendar, nominal);
  return { stage: `overdue-${ordinal}`, kind: 'overdue', sendOn, shift: shiftBetween(calendar, nominal, sendOn) };
}

/** The latest overdue reminder reached by `bounds.reachedUntil`, or null. Computed directly, never by walking weeks. */
export function latestOverdue(
  calendar: BusinessCalendar,
  due: IsoDate,
  settings: Pick<ReminderSettings, 'overdueAfterBusinessDays' | 'overdueRepeatDays'>,
  bounds: OverdueBounds,
): Occurrence | null {
  const first = addBusinessDays(calendar, due, Math.max(settings.overdueAfterBusinessDays, 1));
  const isAllowed = (occurrence: Occurrence, ordinal: number) =>
    occurrence.sendOn <= bounds.reachedUntil &&
    (bounds.supersededFrom === null || occurrence.sendOn < bounds.supersededFrom) &&
    (ordinal === 1 || occurrence.sendOn <= bounds.planEndsOn);
  const repeat = settings.overdueRepeatDays;
  // After the vigencia only the first reminder of a date due at its very end still goes out.
  if (bounds.reachedUntil > bounds.planEndsOn) {
    const last = overdueAt(calendar, first, 1, repeat);
    return last.sendOn > bounds.planEndsOn && isAllowed(last, 1) ? last : null;
  }
  const horizon = [bounds.reachedUntil, bounds.planEndsOn, bounds.supersededFrom ?? bounds.reachedUntil].sort(
    compareIso,
  )[0];
  const latest = repeat > 0 && horizon !== undefined ? Math.floor(daysBetween(first, horizon) / repeat) + 1 : 1;
  // A repeat moved past a holiday can land beyond the horizon; the one before it is then the latest.
  for (let ordinal = Math.max(latest, 1); ordinal >= 1; ordinal--) {
    const occurrence = overdueAt(calendar, first, ordinal, repeat);
    if (isAllowed(occurrence, ordinal)) return occurrence;
  }
  return null;
}

/**
 * Continuous activities: a nudge every `quietDays` of silence, counted from the last entry (or the
 * start of the vigencia). The stage names the day the silence reached the limit, so logging progress
 * starts a new count with new keys.
 */
export function latestQuietNudge(
  calendar: BusinessCalendar,
  anchor: IsoDate,
  quietDays: number,
  reachedUntil: IsoDate,
  planEndsOn: IsoDate,
): Occurrence | null {
  if (quietDays <= 0) return null;
  const until = reachedUntil < planEndsOn ? reachedUntil : planEndsOn;
  for (let periods = Math.floor(daysBetween(anchor, until) / quietDays); periods >= 1; periods--) {
    const nominal = addDays(anchor, periods * quietDays);
    // Never early: before the limit, something may still have been logged within the period.
    const sendOn = onOrAfterBusinessDay(calendar, nominal);
    if (sendOn <= until) {
      return { stage: `quiet-${nominal}`, kind: 'quiet', sendOn, shift: shiftBetween(calendar, nominal, sendOn) };
    }
  }
  return null;
}
