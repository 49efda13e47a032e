import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { parseDatabaseUrl } from '../../../../storage/target.js';
import { cancelUpload, confirmUpload, type UploadChoiceReply } from '../../../../usecases/importPlan.js';
import { uploadTextMessage } from '../../blocks/planUpload.js';
import type { ListenerDeps } from '../../deps.js';
import { ACTION_IDS } from '../../ids.js';
import { uploadChoiceSchema } from '../../payloads.js';
import { callerContext } from '../../services/context.js';
import { notifyUser, postToResponseUrl } from '../../services/respond.js';

/**
 * "Importar" / "Cancelar" under an uploaded plan's preview. The outcome replaces the preview, so its
 * buttons are gone; a second click (a double click, another instance) finds nothing pending and is
 * told so privately, leaving the outcome in place.
 */
export function uploadChoiceAction(deps: ListenerDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const click = uploadChoiceSchema.parse(body);
    const [action] = click.actions;
    const user = { id: click.user.id, handle: click.user.username ?? click.user.name };
    const ctx = await callerContext(deps, client, user);
    const reply: UploadChoiceReply =
      action.action_id === ACTION_IDS.importUpload
        ? await confirmUpload(ctx, action.value, parseDatabaseUrl(deps.config.DATABASE_URL).provider)
        : await cancelUpload(ctx, action.value);
    deps.logger.info({ userId: user.id, action: action.action_id, outcome: reply.kind }, 'plan upload answered');
    const responseUrl = click.response_url ?? null;
    if (reply.kind === 'upload-finished' && responseUrl !== null) {
      await postToResponseUrl(responseUrl, { replace_original: true, ...uploadTextMessage(reply.message) });
      return;
    }
    const kind = reply.kind === 'error' ? 'error' : 'done';
    await notifyUser(client, user.id, responseUrl, { kind, message: reply.message });
  };
}
