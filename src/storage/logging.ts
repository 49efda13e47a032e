import { fromTenThousandths, toTenThousandths } from '../domain/amounts.js';
import { decideLogging, type LoggingRefusal, type LoggingRules } from '../domain/logging.js';
import type { Standing } from '../domain/permissions.js';
import { type ActivePlanRef, activePlanRef } from './activePlan.js';
import { type ActivityRecord, findCurrentActivity, lockCurrentActivity } from './activities.js';
import type { Db, Tx } from './database.js';
import {
  appendEntry,
  LOCK_WAIT,
  type NewProgressEntry,
  type ProgressRecord,
  recordSelect,
  toRecord,
} from './progress.js';
import { activityTotal } from './totals.js';

// The one path every `/avance` takes, on Prisma for both engines (docs/decisions/008): one
// interactive transaction locks the activity, reads what the rule needs, asks the domain's rule
// (`decideLogging`) and appends the entry, so the decision is made on the total the write sees.

/** What logging progress on one activity needs to know. */
export interface LoggingContext {
  /** The plan asked for (or the active one); null when there is none. */
  plan: ActivePlanRef | null;
  /** The current (not retired) activity with that code in the plan; null when there is none. */
  activity: ActivityRecord | null;
  /** The activity's total before this request (0 without an activity). */
  total: number;
  /** The caller's standing: an unknown user is no admin and belongs to no office. */
  caller: Standing;
}

export interface LoggingQuery {
  /** A plan's ID, or null for the active plan. */
  planId: number | null;
  code: string;
  userId: string;
}

/** One `/avance`: the entry to log on the activity `code` names, if the rule allows it. */
export interface LoggingRequest extends LoggingQuery {
  rules: LoggingRules;
  /** Its amount and day come from the rule's decision. */
  entry: Omit<NewProgressEntry, 'activityId' | 'effectiveOn' | 'correctsId' | 'amount'>;
}

export interface Logged {
  entry: ProgressRecord;
  total: number;
  /** The request was seen before (same `requestKey`): this is the entry it wrote then. */
  duplicate: boolean;
  /** An entry of the same amount by the same person on the same activity in the minute before. */
  lookalike: ProgressRecord | null;
}

export type LoggedContext = LoggingContext & { plan: ActivePlanRef; activity: ActivityRecord };

export type LoggingOutcome =
  | { logged: Logged; context: LoggedContext }
  | { logged: null; refusal: LoggingRefusal; context: LoggingContext };

/** How close in time two equal entries make the second one look like a repeat. */
export const LOOKALIKE_WINDOW_MS = 60_000;

/** Who the caller is to the rule. */
async function callerOf(db: Db | Tx, userId: string): Promise<LoggingContext['caller']> {
  const member = await db.member.findUnique({
    where: { userId },
    select: { isAdmin: true, offices: { select: { officeId: true } } },
  });
  return { isAdmin: member?.isAdmin === true, officeIds: member?.offices.map(({ officeId }) => officeId) ?? [] };
}

async function planOf(db: Db | Tx, planId: number | null): Promise<ActivePlanRef | null> {
  if (planId === null) return activePlanRef(db);
  return db.plan.findUnique({
    where: { id: planId },
    select: { id: true, entity: true, startsOn: true, endsOn: true },
  });
}

/** The plan, the current activity `code` names with its total, and the caller, as a read outside any write. */
export async function loggingContext(db: Db | Tx, query: LoggingQuery): Promise<LoggingContext> {
  const [plan, caller] = await Promise.all([planOf(db, query.planId), callerOf(db, query.userId)]);
  const activity = plan === null ? null : await findCurrentActivity(db, { planId: plan.id, code: query.code.trim() });
  const total = activity === null ? 0 : await activityTotal(db, activity.id);
  return { plan, activity, total, caller };
}

/** The entry a request already wrote, with the context it was written in, for answering a replay again. */
async function replayed(tx: Tx, requestKey: string): Promise<LoggingOutcome | null> {
  // The usual request is new: one indexed probe, and the entry's whole record only for a replay.
  const seen = await tx.progressEntry.findUnique({ where: { requestKey }, select: { id: true } });
  if (seen === null) return null;
  const row = await tx.progressEntry.findUnique({
    where: { requestKey },
    select: { ...recordSelect, authorId: true, activity: { select: { planId: true, code: true } } },
  });
  if (row === null) return null;
  const { activity: where, ...entry } = row;
  const context = await loggingContext(tx, { planId: where.planId, code: where.code, userId: entry.authorId });
  const { plan, activity } = context;
  if (plan === null || activity === null) return null;
  const logged = { entry: toRecord(entry), total: context.total, duplicate: true, lookalike: null };
  return { logged, context: { ...context, plan, activity } };
}

async function lookalikeOf(db: Db, entry: ProgressRecord): Promise<ProgressRecord | null> {
  const row = await db.progressEntry.findFirst({
    where: {
      id: { lt: entry.id },
      activityId: entry.activityId,
      authorId: entry.authorId,
      correctsId: null,
      correctedBy: { none: {} },
      recordedAt: { gte: new Date(entry.recordedAt.getTime() - LOOKALIKE_WINDOW_MS) },
    },
    orderBy: { id: 'desc' },
    select: recordSelect,
  });
  const found = row && toRecord(row);
  return found?.amount === entry.amount ? found : null;
}

/** The activity's total once `amount` is added to `before`, exactly (in ten-thousandths, as stored). */
function addedTo(before: number, amount: number): number {
  return fromTenThousandths(toTenThousandths(before) + toTenThousandths(amount));
}

async function logInTransaction(tx: Tx, request: LoggingRequest): Promise<LoggingOutcome> {
  const requestKey = request.entry.requestKey ?? null;
  const earlier = requestKey === null ? null : await replayed(tx, requestKey);
  if (earlier !== null) return earlier;
  const [plan, caller] = await Promise.all([planOf(tx, request.planId), callerOf(tx, request.userId)]);
  // Locked as it is read, so the total the rule sees is the one the insert adds to.
  const activity = plan === null ? null : await lockCurrentActivity(tx, { planId: plan.id, code: request.code.trim() });
  const total = activity === null ? 0 : await activityTotal(tx, activity.id);
  const context: LoggingContext = { plan, activity, total, caller };
  const decision = decideLogging({ plan, caller, activity: activity && { ...activity, total } }, request.rules);
  if (!decision.ok || plan === null || activity === null) {
    return { logged: null, refusal: decision.ok ? 'no-activity' : decision.refusal, context };
  }
  const entry = await appendEntry(tx, {
    ...request.entry,
    activityId: activity.id,
    amount: decision.amount,
    effectiveOn: decision.effectiveOn,
  });
  const logged = { entry, total: addedTo(total, entry.amount), duplicate: false, lookalike: null };
  return { logged, context: { ...context, plan, activity } };
}

/** Prisma's unique-constraint error on `requestKey` (the driver adapters name the fields in `meta`). */
function isRequestKeyConflict(error: unknown): boolean {
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  return code === 'P2002' && JSON.stringify(meta ?? {}).includes('requestKey');
}

/**
 * Logs the entry if the rule allows it, deciding on the data the write sees, or else writes
 * nothing and says why. A request seen before gets the entry it wrote the first time.
 */
export async function logProgressEntry(db: Db, request: LoggingRequest): Promise<LoggingOutcome> {
  const outcome = await inTransaction(db, request);
  if (outcome.logged === null || outcome.logged.duplicate) return outcome;
  // Read after the commit: the hint needs no lock, and the transaction (which on SQLite every
  // writer queues for) stays as short as the rule allows.
  return { ...outcome, logged: { ...outcome.logged, lookalike: await lookalikeOf(db, outcome.logged.entry) } };
}

async function inTransaction(db: Db, request: LoggingRequest): Promise<LoggingOutcome> {
  try {
    return await db.$transaction((tx) => logInTransaction(tx, request), LOCK_WAIT);
  } catch (error) {
    // The same request, retried while the first was still writing: the first one's entry now exists.
    if (request.entry.requestKey != null && isRequestKeyConflict(error)) {
      return db.$transaction((tx) => logInTransaction(tx, request), LOCK_WAIT);
    }
    throw error;
  }
}
