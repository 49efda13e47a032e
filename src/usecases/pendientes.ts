import type { IsoDate } from '../domain/types.js';
import { messages } from '../wording/messages.js';
import type { CommandContext } from './context.js';
import { requirePlanView } from './plan.js';
import type { ActivityView, Reply } from './replies.js';
import { callerRights, theirs } from './standing.js';
import { activityViewsOf, planRefOf, todayOf } from './views.js';

const MAX_ITEMS = 20;

/**
 * The date an incomplete activity is waiting on: the first due date it missed (its share of the
 * target not yet logged), else its next due date.
 */
export function waitingOn(activity: ActivityView, today: IsoDate): { dueOn: IsoDate; overdue: boolean } | null {
  if (activity.state === 'completed') return null;
  const { dueDates } = activity.schedule;
  const missed = dueDates.find(
    (due, index) => due < today && activity.progress < (activity.target * (index + 1)) / dueDates.length,
  );
  if (missed !== undefined) return { dueOn: missed, overdue: true };
  return activity.nextDueOn === null ? null : { dueOn: activity.nextDueOn, overdue: false };
}

/** The caller's next due dates (their offices' activities); an admin with no office sees the plan's. */
export async function pendientesCommand(ctx: CommandContext): Promise<Reply> {
  const view = await requirePlanView(ctx);
  const rights = await callerRights(ctx);
  if (rights.officeIds.length === 0 && !rights.admin) return { kind: 'error', message: messages.noOfficesForUser };
  const scope = rights.officeIds.length > 0 ? 'mine' : 'plan';
  const today = todayOf(ctx);
  const activities = activityViewsOf(view, today, ctx.bands);
  const items = (scope === 'plan' ? activities : theirs(rights, activities))
    .flatMap((activity) => {
      const waiting = waitingOn(activity, today);
      return waiting === null ? [] : [{ activity, ...waiting }];
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .slice(0, MAX_ITEMS);
  if (items.length === 0) return { kind: 'done', message: messages.nothingPending };
  return { kind: 'pending', plan: planRefOf(view), scope, items };
}
