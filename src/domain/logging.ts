import type { IsoDate } from './types.js';

/** What deciding whether progress may be logged needs from storage: the plan, the activity, the caller. */
export interface LoggingFacts {
  plan: { startsOn: IsoDate } | null;
  /** The current activity with the code given, with the offices that answer for it. */
  activity: { offices: readonly { id: number }[] } | null;
  caller: { isAdmin: boolean; officeIds: readonly number[] };
}

/** The request's side of the decision. */
export interface LoggingRules {
  today: IsoDate;
  /** The day the work was done, when the user gave one. */
  requestedOn: IsoDate | null;
  /** The console and the CLI are run by whoever runs the bot, and act as an admin. */
  actsAsAdmin: boolean;
}

export type LoggingRefusal = 'no-plan' | 'date-in-future' | 'date-before-plan' | 'no-activity' | 'not-allowed';

/** The day an entry counts on: the day given, or today. */
export function effectiveDayOf(rules: LoggingRules): IsoDate {
  return rules.requestedOn ?? rules.today;
}

/**
 * Why progress may not be logged, the first reason in the order a user should hear it, or null
 * when it may. Progress logged late counts in the cut-off its date belongs to, so a date may be
 * earlier than today, never later, nor before the plan starts. Members of the activity's offices and
 * admins may log. The PostgreSQL ledger checks the same rules inside its insert
 * (src/storage/ledger/postgres.ts); test/storage/ledger.test.ts holds the two to the same cases.
 */
export function loggingRefusal(facts: LoggingFacts, rules: LoggingRules): LoggingRefusal | null {
  if (facts.plan === null) return 'no-plan';
  if (rules.requestedOn !== null && rules.requestedOn > rules.today) return 'date-in-future';
  if (rules.requestedOn !== null && rules.requestedOn < facts.plan.startsOn) return 'date-before-plan';
  if (facts.activity === null) return 'no-activity';
  if (!mayLogOn(facts.activity, facts.caller, rules.actsAsAdmin)) return 'not-allowed';
  return null;
}

function mayLogOn(
  activity: NonNullable<LoggingFacts['activity']>,
  caller: LoggingFacts['caller'],
  actsAsAdmin: boolean,
) {
  if (actsAsAdmin || caller.isAdmin) return true;
  return activity.offices.some((office) => caller.officeIds.includes(office.id));
}
