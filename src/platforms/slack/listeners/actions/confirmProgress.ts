import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { UserError } from '../../../../usecases/errors.js';
import {
  logProgress,
  parseProgressForm,
  replyingToUserErrors,
  requireCurrentPlan,
} from '../../../../usecases/index.js';
import type { ListenerDeps } from '../../deps.js';
import { confirmProgressSchema, type PendingProgress } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { afterProgressLogged } from '../../services/progress.js';
import { notifyUser } from '../../services/respond.js';

/** The pending entry through the same validation as typed input: the button's value came back from the client. */
function pendingInput(pending: PendingProgress) {
  const form = parseProgressForm({
    activityCode: pending.c,
    amount: `${String(pending.a).replace('.', ',')}${pending.pc === true ? '%' : ''}`,
    note: pending.n,
    evidenceUrl: pending.e,
  });
  if (!form.ok) throw new UserError('invalid_arguments', Object.values(form.fieldErrors).join(' '));
  return { ...form.input, effectiveOn: pending.d, confirmed: true };
}

/**
 * "Sí, registrar" under an amount that passes the target: logs the entry the button carries, once
 * (the click's message identifies the request), and only on the plan that is still active.
 */
export function confirmProgressAction(deps: ListenerDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const click = confirmProgressSchema.parse(body);
    const [action] = click.actions;
    const user = { id: click.user.id, handle: click.user.username ?? click.user.name };
    const ctx = {
      ...(await callerContext(deps, client, user, action.value.p)),
      requestKey: `confirm:${click.user.id}:${click.container?.message_ts ?? click.trigger_id}`,
    };
    const reply = await replyingToUserErrors(async () => {
      await requireCurrentPlan(ctx, action.value.p);
      return logProgress(ctx, pendingInput(action.value));
    });
    await notifyUser(client, user.id, click.response_url ?? null, reply);
    if (reply.kind === 'progress-logged' && reply.duplicate !== true) await afterProgressLogged(deps, client, reply);
  };
}
