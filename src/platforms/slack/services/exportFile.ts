import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { type ExportRequest, planExport } from '../../../usecases/exportSheet.js';
import type { CommandContext } from '../../../usecases/index.js';

const openedSchema = z.object({ channel: z.object({ id: z.string().min(1) }) });

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
  const file = await planExport(ctx, request);
  const opened = openedSchema.parse(await client.conversations.open({ users: ctx.caller.userId }));
  await client.files.uploadV2({
    channel_id: opened.channel.id,
    file: file.bytes,
    filename: file.filename,
    title: file.title,
    initial_comment: file.caption,
  });
  return file.filename;
}
