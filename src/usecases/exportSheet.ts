import { formatLongDate } from '../domain/dates.js';
import type { IsoDate } from '../domain/types.js';
import { type ExportFormat, exportFileName, renderSheet } from '../export/files.js';
import { loadPlanSheet } from '../export/load.js';
import type { CommandContext } from './context.js';
import { requirePlan } from './plan.js';
import { todayOf } from './views.js';

export interface ExportRequest {
  format: ExportFormat;
  /** Progress effective on or before this day counts; null: today. */
  at: IsoDate | null;
}

/** The tracking sheet as every platform hands it over: the file, and the words that go with it. */
export interface PlanExport {
  planId: number;
  /** The plan's vigencia year, which the public page's addresses carry. */
  year: number;
  /** The cut-off day the sheet counts progress up to (the request's, or today). */
  at: IsoDate;
  filename: string;
  title: string;
  caption: string;
  bytes: Buffer;
}

/**
 * `exportar`: the plan's sheet filled in for the control office, with the progress effective up to
 * the request's date. The same file on Slack, Teams and the CLI; a UserError when there is no plan.
 */
export async function planExport(ctx: CommandContext, request: ExportRequest): Promise<PlanExport> {
  const plan = await requirePlan(ctx);
  const at = request.at ?? todayOf(ctx);
  const sheet = await loadPlanSheet(ctx.db, plan.id, { at, bands: ctx.bands });
  return {
    planId: plan.id,
    year: plan.year,
    at,
    filename: exportFileName(plan.year, at, request.format),
    title: `${sheet.title} ${plan.year} — ${sheet.subtitle}`,
    caption: `Hoja de seguimiento de ${plan.entity}, con el avance registrado hasta el ${formatLongDate(at)}.`,
    bytes: await renderSheet(sheet, request.format),
  };
}
