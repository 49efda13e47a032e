import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { activityButtonSchema } from '../../payloads.js';
import { openProgressModal } from '../../services/progress.js';
import { notifyUser } from '../../services/respond.js';

/** "Registrar avance" (Home tab, replies, reminders): opens the modal with the activity chosen. */
export function registerProgressAction(deps: ListenerDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const click = activityButtonSchema.parse(body);
    const [action] = click.actions;
    const problem = await openProgressModal(deps, client, {
      user: { id: click.user.id, handle: click.user.username ?? click.user.name },
      triggerId: click.trigger_id,
      responseUrl: click.response_url ?? null,
      planId: action.value.planId,
      selectedCode: action.value.code,
    });
    if (problem !== null) await notifyUser(client, click.user.id, click.response_url ?? null, problem);
  };
}
