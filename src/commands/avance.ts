import { activityCompliance } from '../domain/compliance.js';
import { formatLongDate } from '../domain/dates.js';
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

/** Members of the activity's offices and admins may log progress. */
function mayLog(ctx: CommandContext, caller: LoggingContext['caller'], activity: ActivityRecord): boolean {
  if (ctx.actsAsAdmin === true || caller.isAdmin) return true;
  return activity.offices.some((office) => caller.officeIds.includes(office.id));
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

/**
 * The day the work counts on: today, or an earlier day the user gave, so progress logged late
 * counts in the cut-off its date belongs to. Never a future day, nor one before the plan starts.
 */
export function effectiveDateOf(ctx: CommandContext, plan: { startsOn: IsoDate }, requested: IsoDate | null): IsoDate {
  const today = todayOf(ctx);
  if (requested === null) return today;
  if (requested > today) throw new UserError('invalid_arguments', messages.workDateInFuture(formatLongDate(requested)));
  if (requested < plan.startsOn) {
    throw new UserError(
      'invalid_arguments',
      messages.workDateBeforePlan(formatLongDate(requested), formatLongDate(plan.startsOn)),
    );
  }
  return requested;
}

/** Logs one progress entry for the caller, after checking the activity and the caller's rights. */
export async function logProgress(
  ctx: CommandContext,
  input: ProgressInput & { effectiveOn?: IsoDate | null },
): Promise<Reply> {
  const planId = ctx.planRef === undefined ? null : (await requirePlan(ctx)).id;
  const { plan, activity, caller } = await ctx.ledger.loggingContext({
    planId,
    code: input.activityCode,
    userId: ctx.caller.userId,
  });
  if (plan === null) throw missingPlan(ctx);
  const effectiveOn = effectiveDateOf(ctx, plan, input.effectiveOn ?? null);
  if (activity === null) return activityNotFound(ctx, plan.id, input.activityCode);
  if (!mayLog(ctx, caller, activity)) return notAllowed(ctx, activity);
  const { entry, total } = await ctx.ledger.append({
    activityId: activity.id,
    amount: input.amount,
    note: input.note,
    evidenceUrl: input.evidenceUrl,
    authorId: ctx.caller.userId,
    authorName: ctx.caller.displayName,
    source: ctx.source,
    effectiveOn,
  });
  return {
    kind: 'progress-logged',
    plan: { id: plan.id, entity: plan.entity, from: plan.startsOn, to: plan.endsOn },
    activity: activityViewOfRecord(ctx, activity, total),
    entry: entryViewOf(entry),
  };
}

/** `/avance ID CANTIDAD …` logs progress; `/avance deshacer [#N]` reverses an entry. */
export async function avanceCommand(ctx: CommandContext, text: string): Promise<Reply> {
  if (isUndoText(text)) return undoProgress(ctx, parseUndoText(text));
  return logProgress(ctx, parseAvanceText(text));
}
