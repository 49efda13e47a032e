import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { previewUpload, uploadRefusal } from '../../../../usecases/importPlan.js';
import { uploadPreviewMessage, uploadTextMessage } from '../../blocks/planUpload.js';
import type { ListenerDeps } from '../../deps.js';
import { fileShareSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { downloadPlanFile, planFileMessages, planFileRefusal } from '../../services/planFile.js';

/**
 * A file shared in the direct message with Rinde is a plan an admin wants to load: it is read and
 * previewed with "Importar" / "Cancelar", and nothing of it is written until "Importar". Anyone else
 * is told who can load the plan, and the file is not even downloaded.
 */
export function planUpload(deps: ListenerDeps) {
  return async ({ body, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = fileShareSchema.safeParse(body);
    if (!parsed.success) return;
    const { channel, user, files } = parsed.data.event;
    const say = (message: { text: string; blocks: object[] }) => client.chat.postMessage({ channel, ...message });
    const ctx = await callerContext(deps, client, { id: user });
    const refusal = await uploadRefusal(ctx);
    if (refusal !== null) return void (await say(uploadTextMessage(refusal.message)));
    const [file] = files;
    if (file === undefined || files.length > 1) return void (await say(uploadTextMessage(planFileMessages.oneAtATime)));
    const problem = planFileRefusal(file);
    if (problem !== null) return void (await say(uploadTextMessage(problem)));
    const token = client.token ?? deps.config.SLACK_BOT_TOKEN ?? '';
    const downloaded = await downloadPlanFile(file, token, deps.config.SLACK_API_URL);
    if (!downloaded.ok) return void (await say(uploadTextMessage(downloaded.message)));
    const reply = await previewUpload(
      ctx,
      { fileName: file.name, bytes: downloaded.bytes },
      { quietDays: deps.config.REMINDER_QUIET_DAYS },
    );
    deps.logger.info(
      { userId: user, fileId: file.id, bytes: downloaded.bytes.length, outcome: reply.kind },
      'plan upload read',
    );
    await say(reply.kind === 'upload-preview' ? uploadPreviewMessage(reply) : uploadTextMessage(reply.message));
  };
}
