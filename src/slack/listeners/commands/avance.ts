import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../commands/index.js';
import type { ListenerDeps } from '../../deps.js';
import { slashCommandSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { afterProgressLogged, openProgressModal } from '../../services/progress.js';
import { ephemeralOf } from '../../services/respond.js';

/** `/avance ID CANTIDAD [nota] [enlace]` logs progress; `/avance` alone opens the progress modal. */
export function avanceCommand(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const command = slashCommandSchema.parse(body);
    const user = { id: command.user_id, handle: command.user_name };
    if (command.text.trim() === '') {
      const problem = await openProgressModal(deps, client, {
        user,
        triggerId: command.trigger_id,
        responseUrl: command.response_url,
        planId: null,
        selectedCode: null,
      });
      if (problem !== null) await respond(ephemeralOf(problem));
      return;
    }
    const ctx = await callerContext(deps, client, user);
    const reply = await runCommand(ctx, 'avance', command.text);
    await respond(ephemeralOf(reply));
    if (reply.kind === 'progress-logged') await afterProgressLogged(deps, client, ctx, reply);
  };
}
