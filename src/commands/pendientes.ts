import { getMember } from '../storage/members.js';
import type { CommandContext } from './context.js';
import { messages } from './messages.js';
import { requirePlanView } from './plan.js';
import type { ActivityView, Reply } from './replies.js';
import { activityViewsOf, planRefOf, todayOf } from './views.js';

const MAX_ITEMS = 20;

/** The date an incomplete activity is waiting on: its next due date, or the last one it missed. */
function waitingOn(activity: ActivityView): string | null {
  if (activity.state === 'completed') return null;
  return activity.nextDueOn ?? activity.schedule.dueDates.at(-1) ?? null;
}

/** The caller's next due dates (their offices' activities); an admin with no office sees the plan's. */
export async function pendientesCommand(ctx: CommandContext): Promise<Reply> {
  const view = await requirePlanView(ctx);
  const member = await getMember(ctx.db, ctx.caller.userId);
  const officeIds = new Set(member?.offices.map((office) => office.id) ?? []);
  const isAdmin = ctx.actsAsAdmin === true || member?.isAdmin === true;
  if (officeIds.size === 0 && !isAdmin) return { kind: 'error', message: messages.noOfficesForUser };
  const scope = officeIds.size > 0 ? 'mine' : 'plan';
  const items = activityViewsOf(view, todayOf(ctx), ctx.bands)
    .filter((activity) => scope === 'plan' || activity.offices.some((office) => officeIds.has(office.id)))
    .flatMap((activity) => {
      const dueOn = waitingOn(activity);
      return dueOn === null ? [] : [{ activity, dueOn }];
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .slice(0, MAX_ITEMS);
  if (items.length === 0) return { kind: 'done', message: messages.nothingPending };
  return { kind: 'pending', plan: planRefOf(view), scope, items };
}
