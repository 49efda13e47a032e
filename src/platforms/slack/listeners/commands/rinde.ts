import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../../usecases/index.js';
import type { ListenerDeps } from '../../deps.js';
import { slashCommandSchema } from '../../payloads.js';
import { ackWithReply } from '../../services/ackWithReply.js';
import { callerContext } from '../../services/context.js';
import { exportarCommand, isExportRequest } from './exportar.js';

const MENTION = /<@([A-Z0-9]+)(?:\|[^>]*)?>/g;

export function mentionedUsers(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((match) => match[1] ?? ''))].filter(Boolean);
}

/** `/rinde ayuda | asignar @usuario Oficina | admin @usuario | oficinas | exportar`: set-up (admins), help, the sheet. */
export function rindeSlashCommand(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const command = slashCommandSchema.parse(body);
    if (isExportRequest(command.text)) {
      // An upload takes longer than an ack may wait: acknowledge now, answer when it is done.
      await ack();
      return exportarCommand(deps, { client, respond, command });
    }
    const user = { id: command.user_id, handle: command.user_name };
    const reply = await ackWithReply({ ack, respond }, async () =>
      runCommand(await callerContext(deps, client, user), 'rinde', command.text),
    );
    // Assigning someone changes which activities their Home tab lists.
    if (reply.kind === 'done') for (const id of mentionedUsers(command.text)) deps.homes.schedule(client, id);
  };
}
