import type { App } from '@microsoft/teams.apps';
import type { TeamsDeps } from '../deps.js';
import * as cards from './cards/index.js';
import * as files from './files/index.js';
import * as installs from './installs/index.js';
import * as messages from './messages/index.js';

/** Every listener of the Teams app, one registering module per kind (as the Slack app's). */
export function registerListeners(app: App, deps: TeamsDeps): void {
  messages.register(app, deps);
  cards.register(app, deps);
  installs.register(app, deps);
  files.register(app, deps);
}
