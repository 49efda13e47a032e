import { getActivePlan, getPlanByRef } from '../storage/plans.js';
import { loadPlanView, type PlanView } from '../storage/planView.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { messages } from './messages.js';

/** The plan a command works on: `ctx.planRef` when given, else the active one. */
export async function requirePlan(ctx: CommandContext) {
  const plan = ctx.planRef === undefined ? await getActivePlan(ctx.db) : await getPlanByRef(ctx.db, ctx.planRef);
  if (plan !== null) return plan;
  throw ctx.planRef === undefined
    ? new UserError('no_plan', messages.noPlan)
    : new UserError('no_plan', messages.planNotFound(ctx.planRef));
}

export async function requirePlanView(ctx: CommandContext, asOf?: string): Promise<PlanView> {
  const plan = await requirePlan(ctx);
  return loadPlanView(ctx.db, plan.id, asOf === undefined ? {} : { asOf });
}
