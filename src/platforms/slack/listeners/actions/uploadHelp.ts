import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { uploadRefusal } from '../../../../usecases/importPlan.js';
import { uploadMessages } from '../../../../wording/messages.js';
import { uploadTextMessage } from '../../blocks/planUpload.js';
import { sendDirectMessage } from '../../delivery.js';
import type { ListenerDeps } from '../../deps.js';
import { uploadHelpSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';

/**
 * "Cargar plan" on the Home tab: says in the direct message to drop the file there. A modal cannot
 * take the file on every Slack client, and the DM is where an upload is previewed anyway, so the
 * instruction lands where the next step happens.
 */
export function uploadHelpAction(deps: ListenerDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const click = uploadHelpSchema.parse(body);
    const ctx = await callerContext(deps, client, { id: click.user.id });
    const refusal = await uploadRefusal(ctx);
    await sendDirectMessage(client, click.user.id, uploadTextMessage(refusal?.message ?? uploadMessages.howToUpload));
  };
}
