import type { webApi } from '@slack/bolt';
import { homeData } from '../../commands/index.js';
import { homeView } from '../blocks/home.js';
import type { ListenerDeps } from '../deps.js';
import { errorSummary } from '../errors.js';
import { callerContext } from './context.js';

/** Builds and publishes one person's Home tab. */
export async function publishHome(deps: ListenerDeps, client: webApi.WebClient, userId: string): Promise<void> {
  const ctx = await callerContext(deps, client, { id: userId });
  const view = homeView(await homeData(ctx));
  await client.views.publish({ user_id: userId, view });
}

/** Refreshes a Home tab after a change; a failure is logged, never shown, because the change itself succeeded. */
export async function refreshHome(deps: ListenerDeps, client: webApi.WebClient, userId: string): Promise<void> {
  try {
    await publishHome(deps, client, userId);
  } catch (error) {
    deps.logger.warn({ userId, err: errorSummary(error) }, 'could not refresh the Home tab');
  }
}
