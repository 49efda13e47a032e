import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../../usecases/index.js';
import type { ListenerDeps } from '../../deps.js';
import { slashCommandSchema } from '../../payloads.js';
import { ackWithReply } from '../../services/ackWithReply.js';
import { callerContext } from '../../services/context.js';
import { afterProgressLogged, openProgressModal } from '../../services/progress.js';
import { ephemeralOf } from '../../services/respond.js';

/**
 * `/avance ID CANTIDAD [nota] [enlace]` logs progress and answers in the ack, so the entry is
 * committed before Slack hears back; `/avance` alone opens the progress modal.
 */
export function avanceSlashCommand(deps: ListenerDeps) {
  return async ({ ack, body, client, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const command = slashCommandSchema.parse(body);
    const user = { id: command.user_id, handle: command.user_name };
    if (command.text.trim() === '') {
      // The trigger_id is only good for 3 s: acknowledge first, then open the modal.
      await ack();
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
    const reply = await ackWithReply({ ack, respond }, async () =>
      // The trigger_id is this request's own: a replayed or retried command stores nothing new.
      runCommand(
        { ...(await callerContext(deps, client, user)), requestKey: command.trigger_id },
        'avance',
        command.text,
      ),
    );
    if (reply.kind === 'progress-logged' && reply.duplicate !== true) await afterProgressLogged(deps, client, reply);
  };
}
