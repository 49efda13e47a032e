import { type CommandName, runCommand } from '../../../../usecases/index.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { sendReply } from '../../services/send.js';
import type { MessageHandler } from './types.js';

/** `pendientes`, `ayuda`: the command layer's reply, as a card. */
export function commandMessage(
  deps: TeamsDeps,
  name: Exclude<CommandName, 'avance' | 'estado' | 'rinde'>,
): MessageHandler {
  return async (ctx, text) => {
    await sendReply(ctx, await runCommand(await callerContext(deps, ctx.activity), name, text));
  };
}
