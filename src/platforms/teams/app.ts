import { App } from '@microsoft/teams.apps';
import type { TeamsCredentials } from '../../config.js';
import { publicPages } from '../../web/index.js';
import { clientCredentialsToken, teamsCloud } from './auth.js';
import type { TeamsDeps } from './deps.js';
import { registerListeners } from './listeners/index.js';
import { teamsSdkLogger } from './sdkLogger.js';
import { TeamsHttpServer } from './server.js';

export const MESSAGING_ENDPOINT = '/api/messages';

export interface TeamsApp {
  app: App;
  /** Listens on PORT (`POST /api/messages`, `GET /healthz`, the public pages); resolves to the port actually bound. */
  start(): Promise<{ port: number }>;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/**
 * The Teams app on Microsoft's Teams SDK: it checks each request's token (Bot Framework keys, issuer,
 * audience, the `serviceurl` claim against the activity) and routes activities to Rinde's listeners.
 * Nothing connects until `start()`.
 */
export function createTeamsApp(deps: TeamsDeps & { config: TeamsCredentials }): TeamsApp {
  const { config, logger } = deps;
  const server = new TeamsHttpServer(
    deps.db,
    logger.child({ component: 'teams-http' }),
    publicPages(config, deps.db, deps.clock, logger),
  );
  const app = new App({
    clientId: config.TEAMS_APP_ID,
    tenantId: config.TEAMS_TENANT_ID,
    token: clientCredentialsToken(config, deps.clock),
    cloud: teamsCloud(config),
    httpServerAdapter: server,
    messagingEndpoint: MESSAGING_ENDPOINT,
    dangerouslyAllowUnauthenticatedRequests: false,
    logger: teamsSdkLogger(logger),
  });
  registerListeners(app, deps);
  return {
    app,
    async start() {
      await app.initialize();
      const port = await server.listen(config.PORT);
      logger.info({ port }, `teams app listening on ${MESSAGING_ENDPOINT}`);
      return { port };
    },
    stop: () => server.close(),
  };
}
