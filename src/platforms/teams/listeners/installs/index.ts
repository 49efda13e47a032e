import type { App } from '@microsoft/teams.apps';
import type { TeamsDeps } from '../../deps.js';
import { installed } from './installed.js';
import { membersAdded } from './membersAdded.js';

/** The app being installed for someone: where to reach them later, and a welcome. */
export function register(app: App, deps: TeamsDeps): void {
  app.on('install.add', installed(deps));
  app.on('conversationUpdate', membersAdded(deps));
}
