import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { activitySelectSchema, modalMetadataSchema } from '../../payloads.js';
import { updateProgressModal } from '../../services/progress.js';

/** A choice in the modal's activity select: the modal shows that activity's progress so far. */
export function selectActivityAction(deps: ListenerDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const choice = activitySelectSchema.parse(body);
    const metadata = modalMetadataSchema.parse(choice.view.private_metadata);
    await updateProgressModal(deps, client, {
      user: { id: choice.user.id, handle: choice.user.username ?? choice.user.name },
      viewId: choice.view.id,
      hash: choice.view.hash,
      planId: metadata.planId,
      responseUrl: metadata.responseUrl,
      selectedCode: choice.actions[0].selected_option.value,
    });
  };
}
