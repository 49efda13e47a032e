import type { webApi } from '@slack/bolt';
import { errorSummary } from '../../../logger.js';
import {
  type CommandContext,
  progressChoices,
  type Reply,
  requireCurrentPlan,
  UserError,
} from '../../../usecases/index.js';
import { progressModal } from '../blocks/progressModal.js';
import { planningNote } from '../blocks/replies.js';
import type { ListenerDeps } from '../deps.js';
import { callerContext, type SlackUser } from './context.js';

export interface OpenModalRequest {
  user: SlackUser;
  triggerId: string;
  responseUrl: string | null;
  planId: number | null;
  selectedCode: string | null;
}

async function modalFor(ctx: CommandContext, request: Omit<OpenModalRequest, 'triggerId' | 'user'>) {
  const choices = await progressChoices(ctx);
  return progressModal({
    choices,
    selectedCode: request.selectedCode,
    metadata: { planId: request.planId, responseUrl: request.responseUrl },
  });
}

/**
 * Opens the progress modal. A trigger_id expires 3 s after the click, so this runs right after
 * the ack. Returns the user's error (no plan yet) for the caller to show, or null once opened.
 */
export async function openProgressModal(
  deps: ListenerDeps,
  client: webApi.WebClient,
  request: OpenModalRequest,
): Promise<Extract<Reply, { kind: 'error' }> | null> {
  const ctx = await callerContext(deps, client, request.user, request.planId);
  try {
    // A button from an archived plan (last year's reminder) opens nothing: it says which plan is active.
    if (request.planId !== null) await requireCurrentPlan(ctx, request.planId);
    const view = await modalFor(ctx, request);
    await client.views.open({ trigger_id: request.triggerId, view });
    return null;
  } catch (error) {
    if (error instanceof UserError) return { kind: 'error', message: error.message };
    throw error;
  }
}

export interface UpdateModalRequest {
  user: SlackUser;
  viewId: string;
  hash: string;
  planId: number | null;
  responseUrl: string | null;
  selectedCode: string;
}

/** Redraws the open modal around the chosen activity, showing its current progress. */
export async function updateProgressModal(
  deps: ListenerDeps,
  client: webApi.WebClient,
  request: UpdateModalRequest,
): Promise<void> {
  const ctx = await callerContext(deps, client, request.user, request.planId);
  const view = await modalFor(ctx, request);
  // The hash makes Slack refuse the update if the user changed the modal meanwhile.
  await client.views.update({ view_id: request.viewId, hash: request.hash, view });
}

async function postPlanningNote(
  deps: ListenerDeps,
  client: webApi.WebClient,
  reply: Extract<Reply, { kind: 'progress-logged' }>,
) {
  const channel = deps.config.PLANNING_CHANNEL;
  if (channel === undefined) return;
  try {
    await client.chat.postMessage({ channel, ...planningNote(reply), unfurl_links: false });
  } catch (error) {
    deps.logger.warn({ channel, err: errorSummary(error) }, 'could not post to the planning channel');
  }
}

/**
 * What follows a saved entry besides the reply, which has gone out already: the planning channel's
 * note, and the Home tab of whoever logged it, refreshed a moment later together with any entries that follow.
 */
export async function afterProgressLogged(
  deps: ListenerDeps,
  client: webApi.WebClient,
  reply: Extract<Reply, { kind: 'progress-logged' }>,
): Promise<void> {
  deps.homes.schedule(client, reply.entry.authorId);
  await postPlanningNote(deps, client, reply);
}
