import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { appHomeOpenedSchema } from '../../payloads.js';
import { publishHome } from '../../services/home.js';

/** Opening the app's Home tab publishes it fresh for that person; the Messages tab needs nothing. */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    const { event } = appHomeOpenedSchema.parse(body);
    if (event.tab !== undefined && event.tab !== 'home') return;
    await publishHome(deps, client, event.user);
  };
}
