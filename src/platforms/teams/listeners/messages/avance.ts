import { runCommand } from '../../../../usecases/index.js';
import { cardMessage } from '../../cards/kit.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { postPlanningNote } from '../../services/planningNote.js';
import { progressFormFor } from '../../services/progressForm.js';
import { sendReply } from '../../services/send.js';
import type { MessageHandler } from './types.js';

/**
 * `avance ID CANTIDAD [nota] [enlace]` logs progress and `avance deshacer` reverses an entry, each
 * followed by the planning channel's note; `avance` alone sends the progress form.
 */
export function avanceMessage(deps: TeamsDeps): MessageHandler {
  return async (ctx, text) => {
    const context = await callerContext(deps, ctx.activity);
    if (text.trim() === '') {
      await ctx.send(cardMessage(await progressFormFor(context), 'Registrar avance'));
      return;
    }
    const reply = await runCommand(context, 'avance', text);
    await sendReply(ctx, reply, context.requestKey ?? null);
    await postPlanningNote(deps, ctx, reply);
  };
}
