import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../../usecases/index.js';
import type { ListenerDeps } from '../../deps.js';
import { slashCommandSchema } from '../../payloads.js';
import { ackWithReply } from '../../services/ackWithReply.js';
import { callerContext } from '../../services/context.js';

/** `/estado [ID]`: the plan's status, or one activity with its history. */
export function estadoSlashCommand(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const command = slashCommandSchema.parse(body);
    const user = { id: command.user_id, handle: command.user_name };
    await ackWithReply({ ack, respond }, async () =>
      runCommand(await callerContext(deps, client, user), 'estado', command.text),
    );
  };
}
