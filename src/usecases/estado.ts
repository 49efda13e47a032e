import { complianceReport } from '../domain/compliance.js';
import { isoDateInZone } from '../domain/dates.js';
import type { IsoDate, StatusBands } from '../domain/types.js';
import { findRetiredActivity } from '../storage/activities.js';
import type { PlanView } from '../storage/planView.js';
import { listProgress } from '../storage/progress.js';
import { activityTotal } from '../storage/totals.js';
import { activityViewOfRecord, requireActivity } from './activity.js';
import { parseEstadoText } from './args.js';
import type { CommandContext } from './context.js';
import { requirePlanView } from './plan.js';
import type { Reply } from './replies.js';
import { activityViewsOf, entryViewOf, planRefOf, todayOf } from './views.js';

export type PlanStatusReply = Extract<Reply, { kind: 'plan-status' }>;

export function planStatusOf(view: PlanView, at: IsoDate, bands: StatusBands): PlanStatusReply {
  const activities = activityViewsOf(view, at, bands);
  const report = complianceReport(
    view.subcomponents.map((s) => s.code),
    activities.map((a) => ({
      code: a.code,
      subcomponentCode: a.subcomponent.code,
      target: a.target,
      progress: a.progress,
      dueDates: a.schedule.dueDates,
    })),
    at,
    bands,
  );
  return {
    kind: 'plan-status',
    plan: planRefOf(view),
    at,
    summary: report.summary,
    subcomponents: view.subcomponents.map((s, index) => ({
      ...(report.subcomponents[index] ?? report.summary),
      code: s.code,
      name: s.name,
    })),
    activities,
  };
}

/** The plan's compliance on a date (today by default): the `/estado` and `rinde status` answer. */
export async function planStatus(ctx: CommandContext, at = todayOf(ctx)): Promise<PlanStatusReply> {
  return planStatusOf(await requirePlanView(ctx, at), at, ctx.bands);
}

/**
 * One activity with its whole history. An activity a re-import retired is no longer in the plan's view, but its
 * entries are kept: it is shown as it was last imported, marked with the day it was retired.
 */
export async function activityStatus(ctx: CommandContext, code: string): Promise<Reply> {
  const view = await requirePlanView(ctx);
  const plan = planRefOf(view);
  const retired = await findRetiredActivity(ctx.db, { planId: view.plan.id, code: code.trim() });
  if (retired !== null) {
    const [total, history] = await Promise.all([activityTotal(ctx.db, retired.id), listProgress(ctx.db, retired.id)]);
    return {
      kind: 'activity-status',
      plan,
      activity: activityViewOfRecord(ctx, retired, total),
      history: history.map(entryViewOf),
      retiredOn: isoDateInZone(retired.retiredAt, ctx.timeZone),
    };
  }
  const activity = await requireActivity(ctx, view.plan.id, code);
  const today = todayOf(ctx);
  const activityView = activityViewsOf(view, today, ctx.bands).find((a) => a.id === activity.id);
  const history = await listProgress(ctx.db, activity.id);
  if (activityView === undefined) throw new Error(`Activity ${activity.id} is missing from its plan view`);
  return { kind: 'activity-status', plan, activity: activityView, history: history.map(entryViewOf) };
}

export async function estadoCommand(ctx: CommandContext, text: string): Promise<Reply> {
  const { activityCode } = parseEstadoText(text);
  return activityCode === null ? planStatus(ctx) : activityStatus(ctx, activityCode);
}
