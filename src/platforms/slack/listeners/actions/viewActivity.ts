import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { runCommand } from '../../../../usecases/index.js';
import type { ListenerDeps } from '../../deps.js';
import { activityButtonSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { notifyUser } from '../../services/respond.js';

/** "Ver actividad": the activity's status and history, shown only to whoever clicked. */
export function viewActivityAction(deps: ListenerDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const click = activityButtonSchema.parse(body);
    const [action] = click.actions;
    const user = { id: click.user.id, handle: click.user.username ?? click.user.name };
    const ctx = await callerContext(deps, client, user, action.value.planId);
    const reply = await runCommand(ctx, 'estado', action.value.code);
    await notifyUser(client, click.user.id, click.response_url ?? null, reply);
  };
}
