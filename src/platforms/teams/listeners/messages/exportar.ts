import { parseExportArguments, splitWords } from '../../../../usecases/args.js';
import { planExport } from '../../../../usecases/exportSheet.js';
import { UserError } from '../../../../usecases/index.js';
import { todayOf } from '../../../../usecases/views.js';
import { fileConsentMessage } from '../../cards/files.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { type ExportContext, exportWording, publishedCutoffPage } from '../../services/exportFile.js';
import { sendProblem } from '../../services/send.js';
import type { MessageContext } from './types.js';

/** Whether `rinde …` asks for the tracking sheet. */
export function isExportRequest(text: string): boolean {
  return splitWords(text)[0]?.toLowerCase() === 'exportar';
}

/**
 * `rinde exportar [csv] [fecha]`: in the personal chat, the sheet offered as a file (Teams' file
 * consent: the person accepts, the bot uploads it to their OneDrive, listeners/files). Teams lets a
 * bot send files only there, so in a channel it says where to ask.
 */
export async function exportarMessage(deps: TeamsDeps, ctx: MessageContext, text: string): Promise<void> {
  if (ctx.activity.conversation.conversationType !== 'personal') return sendProblem(ctx, exportWording.inChannel);
  const context = await callerContext(deps, ctx.activity);
  try {
    const request = parseExportArguments(splitWords(text).slice(1));
    // Built now for its size and name; built again on acceptance, with the progress of that moment.
    const file = await planExport(context, request);
    const accept: ExportContext = { planId: file.planId, format: request.format, at: file.at };
    const page = await publishedCutoffPage(deps, file, todayOf(context));
    const description = [exportWording.offer(file.caption), page === null ? '' : exportWording.cutoffPage(page)];
    await ctx.send(
      fileConsentMessage(
        { filename: file.filename, description: description.join(' ').trim(), sizeInBytes: file.bytes.length },
        accept,
        { filename: file.filename },
      ),
    );
  } catch (error) {
    if (error instanceof UserError) return sendProblem(ctx, error.message);
    throw error;
  }
}
