import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../commands/index.js';
import type { ListenerDeps } from '../../deps.js';
import { slashCommandSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { refreshHome } from '../../services/home.js';
import { ephemeralOf } from '../../services/respond.js';
import { exportarCommand, isExportRequest } from './exportar.js';

const MENTION = /<@([A-Z0-9]+)(?:\|[^>]*)?>/g;

export function mentionedUsers(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((match) => match[1] ?? ''))].filter(Boolean);
}

/** `/rinde ayuda | asignar @usuario Oficina | admin @usuario | oficinas | exportar`: set-up (admins), help, the sheet. */
export function rindeCommand(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const command = slashCommandSchema.parse(body);
    if (isExportRequest(command.text)) return exportarCommand(deps, { client, respond, command });
    const ctx = await callerContext(deps, client, { id: command.user_id, handle: command.user_name });
    const reply = await runCommand(ctx, 'rinde', command.text);
    await respond(ephemeralOf(reply));
    // Assigning someone changes which activities their Home tab lists.
    if (reply.kind === 'done')
      await Promise.all(mentionedUsers(command.text).map((id) => refreshHome(deps, client, id)));
  };
}
