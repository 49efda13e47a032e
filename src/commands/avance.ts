import { activityCompliance } from '../domain/compliance.js';
import { formatLongDate } from '../domain/dates.js';
import { effectiveDayOf, type LoggingRules, loggingRefusal } from '../domain/logging.js';
import { nearestCodes } from '../domain/suggest.js';
import type { IsoDate } from '../domain/types.js';
import { type ActivityRecord, listActivityCodes } from '../storage/activities.js';
import type { LoggingContext } from '../storage/ledger/index.js';
import { membersOfOffices } from '../storage/members.js';
import { isUndoText, type ProgressInput, parseAvanceText, parseUndoText } from './args.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { messages } from './messages.js';
import { missingPlan, requirePlan } from './plan.js';
import type { ActivityView, Reply } from './replies.js';
import { undoProgress } from './undo.js';
import { entryViewOf, nextDueOn, todayOf } from './views.js';

/** The current activity `code` of the plan, read as `/avance` reads it; else the user is told the codes near it. */
export async function requireActivity(ctx: CommandContext, planId: number, code: string): Promise<ActivityRecord> {
  const { activity } = await ctx.ledger.loggingContext({ planId, code, userId: ctx.caller.userId });
  return activity ?? activityNotFound(ctx, planId, code);
}

async function activityNotFound(ctx: CommandContext, planId: number, code: string): Promise<never> {
  const known = await listActivityCodes(ctx.db, planId);
  throw new UserError('activity_not_found', messages.activityNotFound(code, nearestCodes(code, known)));
}

/** Anyone else is told who can. */
async function notAllowed(ctx: CommandContext, activity: ActivityRecord): Promise<never> {
  const members = await membersOfOffices(
    ctx.db,
    activity.offices.map((office) => office.id),
  );
  throw new UserError(
    'not_allowed',
    messages.notAllowed(
      activity.code,
      activity.offices.map((office) => office.name),
      members.map((m) => ctx.mention(m.userId)),
    ),
  );
}

export function activityViewOfRecord(ctx: CommandContext, activity: ActivityRecord, progress: number): ActivityView {
  const today = todayOf(ctx);
  const compliance = activityCompliance(
    {
      code: activity.code,
      subcomponentCode: activity.subcomponent.code,
      target: activity.target,
      progress,
      dueDates: activity.dueDates,
    },
    today,
    ctx.bands,
  );
  return {
    id: activity.id,
    code: activity.code,
    title: activity.title,
    product: activity.product,
    subcomponent: activity.subcomponent,
    offices: activity.offices,
    target: activity.target,
    unit: activity.unit,
    progress,
    ratio: compliance.ratio,
    status: compliance.status,
    state: compliance.state,
    schedule: { text: activity.scheduleText, kind: activity.scheduleKind, dueDates: activity.dueDates },
    nextDueOn: nextDueOn(activity.dueDates, today),
  };
}

/** Tells the user why nothing was logged, the first reason `loggingRefusal` finds. */
async function refuseLogging(
  ctx: CommandContext,
  context: LoggingContext,
  rules: LoggingRules,
  code: string,
): Promise<never> {
  const { plan, activity } = context;
  const refusal = loggingRefusal(context, rules);
  if (plan === null) throw missingPlan(ctx);
  const requested = formatLongDate(effectiveDayOf(rules));
  if (refusal === 'date-in-future') throw new UserError('invalid_arguments', messages.workDateInFuture(requested));
  if (refusal === 'date-before-plan') {
    throw new UserError('invalid_arguments', messages.workDateBeforePlan(requested, formatLongDate(plan.startsOn)));
  }
  if (activity === null) return activityNotFound(ctx, plan.id, code);
  if (refusal === 'not-allowed') return notAllowed(ctx, activity);
  throw new Error(`El registro rechazó un avance que las reglas permiten (${code}).`);
}

/** Logs one progress entry for the caller, if the activity exists and the caller may log on it. */
export async function logProgress(
  ctx: CommandContext,
  input: ProgressInput & { effectiveOn?: IsoDate | null },
): Promise<Reply> {
  const planId = ctx.planRef === undefined ? null : (await requirePlan(ctx)).id;
  const rules = { today: todayOf(ctx), requestedOn: input.effectiveOn ?? null, actsAsAdmin: ctx.actsAsAdmin === true };
  const { logged, context } = await ctx.ledger.log({
    planId,
    code: input.activityCode,
    userId: ctx.caller.userId,
    rules,
    entry: {
      amount: input.amount,
      note: input.note,
      evidenceUrl: input.evidenceUrl,
      authorId: ctx.caller.userId,
      authorName: ctx.caller.displayName,
      source: ctx.source,
    },
  });
  if (logged === null) return refuseLogging(ctx, context, rules, input.activityCode);
  const { plan, activity } = context;
  return {
    kind: 'progress-logged',
    plan: { id: plan.id, entity: plan.entity, from: plan.startsOn, to: plan.endsOn },
    activity: activityViewOfRecord(ctx, activity, logged.total),
    entry: entryViewOf(logged.entry),
  };
}

/** `/avance ID CANTIDAD …` logs progress; `/avance deshacer [#N]` reverses an entry. */
export async function avanceCommand(ctx: CommandContext, text: string): Promise<Reply> {
  if (isUndoText(text)) return undoProgress(ctx, parseUndoText(text));
  return logProgress(ctx, parseAvanceText(text));
}
