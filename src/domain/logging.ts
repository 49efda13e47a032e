import { AMOUNT_DECIMALS } from './amounts.js';
import { addDays } from './dates.js';
import { canLog, type Standing } from './permissions.js';
import type { IsoDate, TargetUnit } from './types.js';

/** What deciding whether progress may be logged needs from storage: the plan, the activity, the caller. */
export interface LoggingFacts {
  plan: { startsOn: IsoDate; endsOn: IsoDate } | null;
  /** The current activity with the code given, with the offices that answer for it and its total now. */
  activity: {
    offices: readonly { id: number }[];
    target: number;
    unit: TargetUnit;
    /** The exact sum of its entries, read under the activity's lock. */
    total: number;
  } | null;
  caller: Standing;
}

/** An amount as the user typed it: units, or a percentage of the activity's target (`50%`). */
export interface AmountAsked {
  value: number;
  percentOfTarget: boolean;
}

/** The request's side of the decision. */
export interface LoggingRules {
  today: IsoDate;
  /** The day the work was done, when the user gave one. */
  requestedOn: IsoDate | null;
  /** The console and the CLI are run by whoever runs the bot, and act as an admin. */
  actsAsAdmin: boolean;
  /** Calendar days after the vigencia ends during which late progress is still taken, dated to its last day. */
  lateGraceDays: number;
  amount: AmountAsked;
  /** The user confirmed an amount that takes the activity past its target (or adds to a complete one). */
  confirmed: boolean;
}

export type LoggingRefusal =
  | 'no-plan'
  | 'date-in-future'
  | 'date-before-plan'
  | 'date-after-plan'
  | 'plan-closed'
  | 'no-activity'
  | 'not-allowed'
  | 'amount-too-large'
  | 'needs-confirmation';

export type LoggingDecision =
  | { ok: true; effectiveOn: IsoDate; amount: number }
  | { ok: false; refusal: LoggingRefusal; effectiveOn: IsoDate };

/** No real activity logs more than this in one entry: a thousand million units (mil millones). */
export const MAX_AMOUNT = 1_000_000_000;

/** Nor more than this many times its target at once: such an amount is a typo (an extra zero, a pasted figure). */
export const MAX_TARGET_MULTIPLE = 100;

/** How many days after the vigencia ends late progress is still taken, unless configured otherwise. */
export const DEFAULT_LATE_LOGGING_GRACE_DAYS = 10;

/** The last day progress may be logged on a plan: the vigencia's end plus the grace period. */
export function lastLoggingDay(plan: { endsOn: IsoDate }, lateGraceDays: number): IsoDate {
  return addDays(plan.endsOn, lateGraceDays);
}

/**
 * The day an entry counts on: the day given, or today; undated progress logged in the grace period
 * after the vigencia counts on its last day, so it is in the plan's final figures, never in a day
 * outside the plan.
 */
export function effectiveDayOf(
  rules: Pick<LoggingRules, 'today' | 'requestedOn'>,
  plan?: { endsOn: IsoDate },
): IsoDate {
  if (rules.requestedOn !== null) return rules.requestedOn;
  return plan !== undefined && rules.today > plan.endsOn ? plan.endsOn : rules.today;
}

/** Units from what was typed: `50%` is half the activity's target (on a percent target, 50 points of 100). */
export function amountInUnits(asked: AmountAsked, activity: { target: number; unit: TargetUnit }): number {
  if (!asked.percentOfTarget) return asked.value;
  const scale = 10 ** AMOUNT_DECIMALS;
  const base = activity.unit === 'percent' ? 100 : activity.target;
  return Math.round((asked.value * base * scale) / 100) / scale;
}

function dateRefusal(plan: { startsOn: IsoDate; endsOn: IsoDate }, rules: LoggingRules): LoggingRefusal | null {
  if (rules.requestedOn !== null && rules.requestedOn > rules.today) return 'date-in-future';
  const day = effectiveDayOf(rules, plan);
  if (day < plan.startsOn) return 'date-before-plan';
  if (day > plan.endsOn) return 'date-after-plan';
  if (rules.today > lastLoggingDay(plan, rules.lateGraceDays)) return 'plan-closed';
  return null;
}

function amountRefusal(activity: NonNullable<LoggingFacts['activity']>, amount: number, confirmed: boolean) {
  if (amount > MAX_AMOUNT) return 'amount-too-large';
  if (activity.target > 0 && amount > activity.target * MAX_TARGET_MULTIPLE) return 'amount-too-large';
  if (!confirmed && activity.target > 0 && activity.total + amount > activity.target) return 'needs-confirmation';
  return null;
}

/**
 * Whether progress may be logged, and if so on which day and how much; else the first reason in the
 * order a user should hear it. Progress counts inside the plan's vigencia: a date may be earlier
 * than today, never later, never outside the vigencia; after it ends there are `lateGraceDays` to
 * log what is missing. Members of the activity's offices and admins may log. An impossible amount
 * is refused; one that passes the target, or adds to a complete activity, needs confirming.
 */
export function decideLogging(facts: LoggingFacts, rules: LoggingRules): LoggingDecision {
  const effectiveOn = effectiveDayOf(rules, facts.plan ?? undefined);
  const refuse = (refusal: LoggingRefusal): LoggingDecision => ({ ok: false, refusal, effectiveOn });
  if (facts.plan === null) return refuse('no-plan');
  const dates = dateRefusal(facts.plan, rules);
  if (dates !== null) return refuse(dates);
  if (facts.activity === null) return refuse('no-activity');
  if (!canLog(facts.caller, facts.activity, rules.actsAsAdmin)) return refuse('not-allowed');
  const amount = amountInUnits(rules.amount, facts.activity);
  const amounts = amountRefusal(facts.activity, amount, rules.confirmed);
  if (amounts !== null) return refuse(amounts);
  return { ok: true, effectiveOn, amount };
}

/** The reason `decideLogging` refuses, or null when it logs. */
export function loggingRefusal(facts: LoggingFacts, rules: LoggingRules): LoggingRefusal | null {
  const decision = decideLogging(facts, rules);
  return decision.ok ? null : decision.refusal;
}
