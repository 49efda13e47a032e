import { planExport } from '../../../../usecases/exportSheet.js';
import { UserError } from '../../../../usecases/index.js';
import { messages } from '../../../../wording/messages.js';
import { fileInfoMessage } from '../../cards/files.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { acceptedFileSchema, uploadToSession } from '../../services/exportFile.js';
import { sendProblem } from '../../services/send.js';
import type { FileConsentHandler } from './types.js';

/**
 * The person accepted the sheet: it is built again for the plan and date the offer named (with the
 * progress of this moment), put in the upload session Teams opened in their OneDrive, and shown in
 * the chat as a file card. A failure is told in Spanish; the upload URL is never logged.
 */
export function fileAccepted(deps: TeamsDeps): FileConsentHandler {
  return async (ctx) => {
    const parsed = acceptedFileSchema.safeParse(ctx.activity.value);
    if (!parsed.success) {
      deps.logger.warn(
        { issues: parsed.error.issues.map((issue) => issue.path.join('.')) },
        'file consent not understood',
      );
      return sendProblem(ctx, messages.exportFailed);
    }
    const { context: offered, uploadInfo } = parsed.data;
    const context = await callerContext(deps, ctx.activity, offered.planId);
    try {
      const file = await planExport(context, { format: offered.format, at: offered.at });
      await uploadToSession(uploadInfo.uploadUrl, file.bytes);
      await ctx.send(fileInfoMessage(uploadInfo, file.caption));
    } catch (error) {
      if (error instanceof UserError) return sendProblem(ctx, error.message);
      deps.logger.error(
        { err: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
        'plan export failed',
      );
      await sendProblem(ctx, messages.exportFailed);
    }
  };
}
