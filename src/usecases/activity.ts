import { activityCompliance } from '../domain/compliance.js';
import { formatLongDate, isoDateInZone } from '../domain/dates.js';
import { nearestCodes } from '../domain/suggest.js';
import { type ActivityRecord, findRetiredActivity, listActivityCodes } from '../storage/activities.js';
import { loggingContext } from '../storage/logging.js';
import { messages } from '../wording/messages.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import type { ActivityView } from './replies.js';
import { nextDueOn, todayOf } from './views.js';

/** One activity as the commands that name it read it: /avance, /estado and the undo of an entry. */

/** The current activity `code` of the plan, read as `/avance` reads it; else the user is told the codes near it. */
export async function requireActivity(ctx: CommandContext, planId: number, code: string): Promise<ActivityRecord> {
  const { activity } = await loggingContext(ctx.db, { planId, code, userId: ctx.caller.userId });
  return activity ?? activityNotFound(ctx, planId, code);
}

/** No current activity `code`: one a re-import retired says so, any other gets the codes near it. */
export async function activityNotFound(ctx: CommandContext, planId: number, code: string): Promise<never> {
  const retired = await findRetiredActivity(ctx.db, { planId, code });
  if (retired !== null) {
    const retiredOn = formatLongDate(isoDateInZone(retired.retiredAt, ctx.timeZone));
    throw new UserError('activity_retired', messages.activityRetired(code, retiredOn));
  }
  const known = await listActivityCodes(ctx.db, planId);
  throw new UserError('activity_not_found', messages.activityNotFound(code, nearestCodes(code, known)));
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
