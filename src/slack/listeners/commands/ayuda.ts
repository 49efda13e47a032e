import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../commands/index.js';
import type { ListenerDeps } from '../../deps.js';
import { slashCommandSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { ephemeralOf } from '../../services/respond.js';

/** `/ayuda`: the list of commands. */
export function ayudaCommand(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const command = slashCommandSchema.parse(body);
    const ctx = await callerContext(deps, client, { id: command.user_id, handle: command.user_name });
    await respond(ephemeralOf(await runCommand(ctx, 'ayuda', command.text)));
  };
}
