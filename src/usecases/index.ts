import { avanceCommand } from './avance.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { estadoCommand } from './estado.js';
import { pendientesCommand } from './pendientes.js';
import type { Reply } from './replies.js';
import { helpReply, rindeCommand } from './rinde.js';

export const COMMAND_NAMES = ['avance', 'estado', 'pendientes', 'ayuda', 'rinde'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const handlers: Record<CommandName, (ctx: CommandContext, text: string) => Promise<Reply>> = {
  avance: avanceCommand,
  estado: estadoCommand,
  pendientes: (ctx) => pendientesCommand(ctx),
  ayuda: async () => helpReply(),
  rinde: rindeCommand,
};

/** Turns a user's mistake into its Spanish reply; anything else is a bug and is rethrown. */
export async function replyingToUserErrors(work: () => Promise<Reply>): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) return { kind: 'error', message: error.message };
    throw error;
  }
}

/** The one entry point every chat platform calls with what the user typed after the command. */
export function runCommand(ctx: CommandContext, name: CommandName, text: string): Promise<Reply> {
  return replyingToUserErrors(() => handlers[name](ctx, text));
}

export { parseProgressForm } from './args.js';
export { logProgress } from './avance.js';
export type { CommandContext } from './context.js';
export { UserError } from './errors.js';
export { ensureAdmins, homeData, homePlanView, progressChoices } from './home.js';
export { requireCurrentPlan } from './plan.js';
export { renderReplyText } from './renderText.js';
export type { Reply } from './replies.js';
