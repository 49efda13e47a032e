import { formatLongDate } from '../domain/dates.js';
import { type ActivePlanRef, activePlanRef } from '../storage/activePlan.js';
import { getActivePlan, getPlanByRef } from '../storage/plans.js';
import { loadPlanView, type PlanView } from '../storage/planView.js';
import { messages } from '../wording/messages.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';

export function missingPlan(ctx: CommandContext): UserError {
  return ctx.planRef === undefined
    ? new UserError('no_plan', messages.noPlan)
    : new UserError('no_plan', messages.planNotFound(ctx.planRef));
}

/** The plan a command works on: `ctx.planRef` when given, else the active one. */
export async function requirePlan(ctx: CommandContext) {
  const plan = ctx.planRef === undefined ? await getActivePlan(ctx.db) : await getPlanByRef(ctx.db, ctx.planRef);
  if (plan !== null) return plan;
  throw missingPlan(ctx);
}

/**
 * Like `requirePlan`, only the plan's identity and vigencia, and the active plan by plain SQL: the
 * lookup every `/avance` and every Home tab makes, where the full summary's model query was the
 * most expensive statement.
 */
export async function requirePlanRef(ctx: CommandContext): Promise<ActivePlanRef> {
  if (ctx.planRef !== undefined) return requirePlan(ctx);
  const plan = await activePlanRef(ctx.db);
  if (plan !== null) return plan;
  throw missingPlan(ctx);
}

/**
 * Refuses a request that names a plan other than the active one: a button or a modal from an
 * archived plan (last year's reminder) must not write into it. The message names the active plan.
 */
export async function requireCurrentPlan(ctx: CommandContext, planId: number): Promise<void> {
  const [active, named] = await Promise.all([
    activePlanRef(ctx.db),
    ctx.db.plan.findUnique({ where: { id: planId }, select: { id: true } }),
  ]);
  // A plan that no longer exists is the plan lookup's to explain ("No encontré el plan").
  if (active?.id === planId || named === null) return;
  if (active === null) throw new UserError('no_plan', messages.noPlan);
  throw new UserError(
    'no_plan',
    messages.archivedPlan(active.entity, formatLongDate(active.startsOn), formatLongDate(active.endsOn)),
  );
}

export async function requirePlanView(ctx: CommandContext, asOf?: string): Promise<PlanView> {
  const plan = await requirePlanRef(ctx);
  return loadPlanView(ctx.db, plan.id, asOf === undefined ? {} : { asOf });
}
