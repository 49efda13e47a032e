import { type App, subtype } from '@slack/bolt';
import type { ListenerDeps } from '../../deps.js';
import { onlyOncePerEvent } from '../../eventOnce.js';
import { appHomeOpened } from './appHomeOpened.js';
import { directMessage, typedInDirectMessage } from './directMessage.js';
import { linkShared } from './linkShared.js';
import { planUpload } from './planUpload.js';

/**
 * Events Slack redelivers (or sends to several instances) are handled once. The claim runs as the
 * events' own middleware: commands and interactions carry no event ID and never reach it. The two
 * `message` listeners filter before claiming, so each event is claimed by the one that handles it.
 */
export function register(app: App, deps: ListenerDeps): void {
  const once = onlyOncePerEvent(deps.db, deps.clock, (eventId) =>
    deps.logger.info({ eventId }, 'event already handled; ignored'),
  );
  app.event('app_home_opened', once, appHomeOpened(deps));
  app.event('link_shared', once, linkShared(deps));
  app.event('message', typedInDirectMessage, once, directMessage(deps));
  app.event('message', subtype('file_share'), once, planUpload(deps));
}
