import type { AllMiddlewareArgs, RespondFn } from '@slack/bolt';
import { errorSummary } from '../../../../logger.js';
import { parseExportArguments, splitWords } from '../../../../usecases/args.js';
import { UserError } from '../../../../usecases/errors.js';
import { messages } from '../../../../wording/messages.js';
import type { ListenerDeps } from '../../deps.js';
import type { SlashCommand } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { sendPlanExport } from '../../services/exportFile.js';
import { ephemeralOf } from '../../services/respond.js';

/** Whether `/rinde …` asks for the tracking sheet. */
export function isExportRequest(text: string): boolean {
  return splitWords(text)[0]?.toLowerCase() === 'exportar';
}

/**
 * `/rinde exportar [csv] [fecha]`: the tracking sheet, uploaded to the caller's DM. Runs after the
 * ack; a failed upload is logged and the caller told so, in Spanish.
 */
export async function exportarCommand(
  deps: ListenerDeps,
  { client, respond, command }: { client: AllMiddlewareArgs['client']; respond: RespondFn; command: SlashCommand },
): Promise<void> {
  const ctx = await callerContext(deps, client, { id: command.user_id, handle: command.user_name });
  try {
    const request = parseExportArguments(splitWords(command.text).slice(1));
    const filename = await sendPlanExport(client, ctx, request);
    await respond(ephemeralOf({ kind: 'done', message: messages.exportSent(filename) }));
  } catch (error) {
    if (error instanceof UserError) {
      await respond(ephemeralOf({ kind: 'error', message: error.message }));
      return;
    }
    deps.logger.error({ err: errorSummary(error), userId: command.user_id }, 'plan export failed');
    await respond(ephemeralOf({ kind: 'error', message: messages.exportFailed }));
  }
}
