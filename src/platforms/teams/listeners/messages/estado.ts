import { runCommand } from '../../../../usecases/index.js';
import { cardMessage } from '../../cards/kit.js';
import { STATUS_TITLE } from '../../cards/status.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { sendReply } from '../../services/send.js';
import { statusCardFor } from '../../services/status.js';
import type { MessageHandler } from './types.js';

/**
 * `estado` alone in the personal chat: the caller's estado card (Teams' Home tab). `estado 1.2`
 * anywhere, and `estado` in a channel, where the card would be one person's: the command's reply.
 */
export function estadoMessage(deps: TeamsDeps): MessageHandler {
  return async (ctx, text) => {
    const { activity } = ctx;
    if (text.trim() === '' && activity.conversation.conversationType === 'personal') {
      await ctx.send(cardMessage(await statusCardFor(deps, activity), STATUS_TITLE));
      return;
    }
    await sendReply(ctx, await runCommand(await callerContext(deps, activity), 'estado', text));
  };
}
