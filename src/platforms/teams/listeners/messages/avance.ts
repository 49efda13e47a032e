import { runCommand } from '../../../../usecases/index.js';
import { cardMessage } from '../../cards/kit.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { progressFormFor } from '../../services/progressForm.js';
import { sendReply } from '../../services/send.js';
import type { MessageHandler } from './types.js';

/** `avance ID CANTIDAD [nota] [enlace]` logs progress; `avance` alone sends the progress form. */
export function avanceMessage(deps: TeamsDeps): MessageHandler {
  return async (ctx, text) => {
    const context = await callerContext(deps, ctx.activity);
    if (text.trim() === '') await ctx.send(cardMessage(await progressFormFor(context), 'Registrar avance'));
    else await sendReply(ctx, await runCommand(context, 'avance', text), context.requestKey ?? null);
  };
}
