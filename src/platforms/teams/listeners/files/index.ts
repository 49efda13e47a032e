import type { App } from '@microsoft/teams.apps';
import type { TeamsDeps } from '../../deps.js';
import { fileAccepted } from './accepted.js';
import { fileDeclined } from './declined.js';

/** The person's answer to a file the bot offered (`exportar`): Teams' `fileConsent/invoke`. */
export function register(app: App, deps: TeamsDeps): void {
  app.on('file.consent.accept', fileAccepted(deps));
  app.on('file.consent.decline', fileDeclined());
}
