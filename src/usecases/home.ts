import type { Db } from '../storage/database.js';
import { setAdmin } from '../storage/members.js';
import type { PlanView } from '../storage/planView.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { planStatusOf } from './estado.js';
import { requirePlanView } from './plan.js';
import type { ActivityView, PlanRef, Reply } from './replies.js';
import { type CallerRights, callerRights, theirs } from './standing.js';
import { activityViewsOf, planRefOf, todayOf } from './views.js';

export interface HomeData {
  plan: PlanRef | null;
  isAdmin: boolean;
  mine: ActivityView[];
  /** The whole plan's status, for admins only. */
  status: Extract<Reply, { kind: 'plan-status' }> | null;
}

function splitMine(activities: ActivityView[], rights: CallerRights) {
  const mine = theirs(rights, activities);
  const isMine = new Set(mine);
  return { mine, others: activities.filter((activity) => !isMine.has(activity)) };
}

/** The caller's activities and everyone else's, for a picker that lists the caller's first. */
export async function progressChoices(ctx: CommandContext): Promise<{ mine: ActivityView[]; others: ActivityView[] }> {
  const view = await requirePlanView(ctx);
  return splitMine(activityViewsOf(view, todayOf(ctx), ctx.bands), await callerRights(ctx));
}

/**
 * The plan every Home tab shows (the active one, or `ctx.planRef`), or null when there is none yet.
 * Read once, it serves any number of people's `homeData`.
 */
export async function homePlanView(ctx: CommandContext): Promise<PlanView | null> {
  try {
    return await requirePlanView(ctx);
  } catch (error) {
    if (error instanceof UserError && error.code === 'no_plan') return null;
    throw error;
  }
}

/** What a person's home screen shows: their activities and, for admins, the plan's status. */
export async function homeData(ctx: CommandContext, planView?: PlanView | null): Promise<HomeData> {
  const rights = await callerRights(ctx);
  const isAdmin = rights.admin;
  const view = planView === undefined ? await homePlanView(ctx) : planView;
  if (view === null) return { plan: null, isAdmin, mine: [], status: null };
  const today = todayOf(ctx);
  const mine = theirs(rights, activityViewsOf(view, today, ctx.bands));
  return { plan: planRefOf(view), isAdmin, mine, status: isAdmin ? planStatusOf(view, today, ctx.bands) : null };
}

/** Makes the configured users admins (ADMIN_USERS), so a new workspace has someone to set it up. */
export async function ensureAdmins(db: Db, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) await setAdmin(db, userId, true);
}
