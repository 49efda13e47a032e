import type { webApi } from '@slack/bolt';
import { errorSummary } from '../../../logger.js';
import type { PlanView } from '../../../storage/planView.js';
import { homeData, homePlanView } from '../../../usecases/index.js';
import { homeView } from '../blocks/home.js';
import type { ListenerDeps } from '../deps.js';
import { callerContext } from './context.js';

/** Builds and publishes one person's Home tab, from `planView` when the caller read it already. */
export async function publishHome(
  deps: ListenerDeps,
  client: webApi.WebClient,
  userId: string,
  planView?: PlanView | null,
): Promise<void> {
  const ctx = await callerContext(deps, client, { id: userId });
  const view = homeView(await homeData(ctx, planView));
  await client.views.publish({ user_id: userId, view });
}

/**
 * Refreshes Home tabs after a change, reading the plan once for all of them. A failure is logged,
 * never shown, because the change itself succeeded.
 */
export async function refreshHomes(deps: ListenerDeps, client: webApi.WebClient, userIds: string[]): Promise<void> {
  const [first] = userIds;
  if (first === undefined) return;
  let planView: PlanView | null;
  try {
    planView = await homePlanView(await callerContext(deps, client, { id: first }));
  } catch (error) {
    deps.logger.warn({ userIds, err: errorSummary(error) }, 'could not refresh the Home tabs');
    return;
  }
  for (const userId of userIds) {
    try {
      await publishHome(deps, client, userId, planView);
    } catch (error) {
      deps.logger.warn({ userId, err: errorSummary(error) }, 'could not refresh the Home tab');
    }
  }
}
