import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { formatLongDate } from '../../../domain/dates.js';
import type { IsoDate } from '../../../domain/types.js';
import type { ExportFormat } from '../../../export/files.js';
import { exportFileName, renderSheet } from '../../../export/files.js';
import { loadPlanSheet } from '../../../export/load.js';
import type { CommandContext } from '../../../usecases/index.js';
import { requirePlan } from '../../../usecases/plan.js';
import { todayOf } from '../../../usecases/views.js';

const openedSchema = z.object({ channel: z.object({ id: z.string().min(1) }) });

export interface ExportRequest {
  format: ExportFormat;
  /** Progress effective on or before this day counts; null: today. */
  at: IsoDate | null;
}

/**
 * Builds the plan's tracking sheet and uploads it to the caller's direct message with the app, where
 * only they see it and it stays to download. Resolves to the file name; a UserError (no plan) or a
 * Web API error otherwise.
 */
export async function sendPlanExport(
  client: webApi.WebClient,
  ctx: CommandContext,
  request: ExportRequest,
): Promise<string> {
  const plan = await requirePlan(ctx);
  const at = request.at ?? todayOf(ctx);
  const sheet = await loadPlanSheet(ctx.db, plan.id, { at, bands: ctx.bands });
  const filename = exportFileName(plan.year, at, request.format);
  const opened = openedSchema.parse(await client.conversations.open({ users: ctx.caller.userId }));
  await client.files.uploadV2({
    channel_id: opened.channel.id,
    file: await renderSheet(sheet, request.format),
    filename,
    title: `${sheet.title} ${plan.year} — ${sheet.subtitle}`,
    initial_comment: `Hoja de seguimiento de ${plan.entity}, con el avance registrado hasta el ${formatLongDate(at)}.`,
  });
  return filename;
}
