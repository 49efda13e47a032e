import { formatLongDate } from '../domain/dates.js';
import {
  amountInUnits,
  DEFAULT_LATE_LOGGING_GRACE_DAYS,
  effectiveDayOf,
  type LoggingRefusal,
  type LoggingRules,
  lastLoggingDay,
  MAX_AMOUNT,
  MAX_TARGET_MULTIPLE,
} from '../domain/logging.js';
import type { ActivityRecord } from '../storage/activities.js';
import { type LoggedContext, type LoggingContext, logProgressEntry } from '../storage/logging.js';
import { membersOfOffices } from '../storage/members.js';
import { formatAmount, formatTarget, messages } from '../wording/messages.js';
import { activityNotFound, activityViewOfRecord } from './activity.js';
import { type AvanceInput, isUndoText, parseAvanceText, parseUndoText } from './args.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { missingPlan, requirePlan } from './plan.js';
import type { Reply } from './replies.js';
import { undoProgress } from './undo.js';
import { entryViewOf, todayOf } from './views.js';

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

/** Tells the user why nothing was logged, from the context the rule decided on. */
async function refuseLogging(
  ctx: CommandContext,
  context: LoggingContext,
  refusal: LoggingRefusal,
  rules: LoggingRules,
  input: AvanceInput,
): Promise<never> {
  const { plan, activity } = context;
  if (plan === null) throw missingPlan(ctx);
  const requested = formatLongDate(effectiveDayOf(rules, plan));
  const refuse = (message: string) => new UserError('invalid_arguments', message);
  switch (refusal) {
    case 'date-in-future':
      throw refuse(messages.workDateInFuture(requested));
    case 'date-before-plan':
      throw refuse(messages.workDateBeforePlan(requested, formatLongDate(plan.startsOn)));
    case 'date-after-plan':
      throw refuse(messages.workDateAfterPlan(requested, formatLongDate(plan.endsOn)));
    case 'plan-closed':
      throw refuse(
        messages.planClosed(formatLongDate(plan.endsOn), formatLongDate(lastLoggingDay(plan, rules.lateGraceDays))),
      );
    case 'no-plan':
      throw missingPlan(ctx);
    case 'no-activity':
      return activityNotFound(ctx, plan.id, input.activityCode);
  }
  if (activity === null) return activityNotFound(ctx, plan.id, input.activityCode);
  if (refusal === 'not-allowed') return notAllowed(ctx, activity);
  throw refuse(
    messages.amountTooLarge(formatAmount(input.amount), formatTarget(activity), MAX_AMOUNT, MAX_TARGET_MULTIPLE),
  );
}

/**
 * An amount that takes the activity past its target (or adds to a complete one) is asked again:
 * the platform shows a confirm button (Slack) or says how to confirm (the word `confirmar`, `--confirm`).
 */
function confirmationOf(ctx: CommandContext, context: LoggedContext, input: AvanceInput, amount: number): Reply {
  const { plan, activity } = context;
  const view = activityViewOfRecord(ctx, activity, context.total);
  const message = messages.overTarget(
    activity.code,
    formatAmount(amount),
    formatAmount(context.total),
    formatTarget(activity),
    formatAmount(context.total + amount),
    view.state === 'completed',
  );
  return {
    kind: 'confirm-progress',
    plan: { id: plan.id, entity: plan.entity, from: plan.startsOn, to: plan.endsOn },
    activity: view,
    amount,
    message,
    howToConfirm: ctx.source === 'cli' ? messages.confirmInCli : messages.confirmInChat,
    pending: { ...input, confirmed: true },
  };
}

/** Logs one progress entry for the caller, if the activity exists and the rule allows it. */
export async function logProgress(ctx: CommandContext, input: AvanceInput): Promise<Reply> {
  const planId = ctx.planRef === undefined ? null : (await requirePlan(ctx)).id;
  const rules: LoggingRules = {
    today: todayOf(ctx),
    requestedOn: input.effectiveOn ?? null,
    actsAsAdmin: ctx.actsAsAdmin === true,
    lateGraceDays: ctx.lateGraceDays ?? DEFAULT_LATE_LOGGING_GRACE_DAYS,
    amount: { value: input.amount, percentOfTarget: input.percentOfTarget === true },
    confirmed: input.confirmed === true,
  };
  const outcome = await logProgressEntry(ctx.db, {
    planId,
    code: input.activityCode,
    userId: ctx.caller.userId,
    rules,
    entry: {
      note: input.note,
      evidenceUrl: input.evidenceUrl,
      authorId: ctx.caller.userId,
      authorName: ctx.caller.displayName,
      source: ctx.source,
      requestKey: input.requestKey ?? ctx.requestKey ?? null,
      recordedAt: ctx.now,
    },
  });
  if (outcome.logged === null) {
    const { context, refusal } = outcome;
    if (refusal === 'needs-confirmation' && context.plan !== null && context.activity !== null) {
      const { plan, activity } = context;
      return confirmationOf(ctx, { ...context, plan, activity }, input, amountInUnits(rules.amount, activity));
    }
    return refuseLogging(ctx, context, refusal, rules, input);
  }
  const { plan, activity } = outcome.context;
  const { entry, total, duplicate, lookalike } = outcome.logged;
  return {
    kind: 'progress-logged',
    plan: { id: plan.id, entity: plan.entity, from: plan.startsOn, to: plan.endsOn },
    activity: activityViewOfRecord(ctx, activity, total),
    entry: entryViewOf(entry),
    duplicate,
    lookalikeId: lookalike?.id ?? null,
    countedOn: entry.effectiveOn === rules.today ? null : entry.effectiveOn,
  };
}

/** `/avance ID CANTIDAD …` logs progress; `/avance deshacer [#N]` reverses an entry. */
export async function avanceCommand(ctx: CommandContext, text: string): Promise<Reply> {
  if (isUndoText(text)) return undoProgress(ctx, parseUndoText(text));
  return logProgress(ctx, parseAvanceText(text));
}
