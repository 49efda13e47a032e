import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import * as webApi from '@slack/web-api';
import type { Logger } from '../../logger.js';
import { publicPages } from '../../web/index.js';
import { HEALTH_PATH } from '../health.js';
import { createSlackConnection, type SlackConnection, type SlackHealth } from './connection.js';
import type { ListenerDeps, SlackDeps } from './deps.js';
import { unexpectedErrorHandler } from './errors.js';
import { healthHandler, startHealthServer } from './health.js';
import { createInFlight } from './inFlight.js';
import { registerListeners } from './listeners/index.js';
import { slackSdkLogger } from './logger.js';
import { RindeReceiver, type Route } from './receiver.js';
import { inRequestOf, requestScope } from './requestScope.js';
import { refreshHomes } from './services/home.js';
import { createHomeRefresher } from './services/homeRefresh.js';
import { createNameLookup } from './users.js';

export interface SlackApp {
  app: App;
  /**
   * Listens (HTTP) at once, so `/healthz` answers while Slack is still out of reach, and starts asking
   * Slack who the bot is, with backoff; resolves to the HTTP port actually bound.
   */
  start(): Promise<{ port?: number }>;
  /** Resolves true once Slack answered (and, in Socket Mode, the socket is open); false if stopped first. */
  ready(): Promise<boolean>;
  health(): SlackHealth;
  /**
   * Stops taking requests and waits for those in flight, including work a listener does after its
   * ack, then publishes the Home tab refreshes still waiting out their coalescing window.
   */
  stop(): Promise<void>;
}

/**
 * A few quick retries: long enough to ride out a blip or one Retry-After, short enough that a
 * person waiting for a reply is not left hanging (the SDK's default keeps trying for ~30 minutes).
 */
export const PRODUCTION_RETRY_CONFIG: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 10_000,
};

/** A missing secret is one clear Spanish line at start-up, not a stack trace from inside Bolt. */
export class SlackConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackConfigError';
  }
}

function portOf(server: { address(): AddressInfo | string | null }, fallback: number): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : fallback;
}

function receiverOptions(config: SlackDeps['config'], health: Route['handler'], web: Route['handler'], logger: Logger) {
  if (config.SLACK_APP_TOKEN !== undefined) return { socketMode: true, appToken: config.SLACK_APP_TOKEN };
  if (config.SLACK_SIGNING_SECRET === undefined) {
    throw new SlackConfigError(
      'SLACK_SIGNING_SECRET: falta. Cópielo de "Basic Information" en api.slack.com/apps, o use Socket Mode con SLACK_APP_TOKEN.',
    );
  }
  return {
    receiver: new RindeReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoint: '/slack/events',
      routes: [{ path: HEALTH_PATH, handler: health }],
      fallback: web,
      logger: logger.child({ component: 'receiver' }),
    }),
  };
}

/** Builds the Bolt app with every listener registered; nothing connects until `start()`. */
export function createSlackApp(deps: SlackDeps): SlackApp {
  const { config, logger } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (token === undefined) {
    throw new SlackConfigError('SLACK_BOT_TOKEN: falta. Cópielo de "OAuth & Permissions" (empieza por xoxb-).');
  }
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  const slackApiUrl = config.SLACK_API_URL === undefined ? {} : { slackApiUrl: config.SLACK_API_URL };
  const connection: SlackConnection = createSlackConnection({ token, logger, ...slackApiUrl });
  const clientOptions = { ...slackApiUrl, retryConfig: deps.retryConfig ?? PRODUCTION_RETRY_CONFIG };
  const health = healthHandler(connection.health, deps.db);
  const web = publicPages(config, deps.db, deps.clock, logger);
  const app = new App({
    ...receiverOptions(config, health, web, logger),
    // Instead of `token`, whose auth.test Bolt runs once and never retries: the identity comes from the
    // connection, which keeps asking until Slack answers.
    authorize: () => connection.identity(),
    logger: slackSdkLogger(logger),
    extendedErrorHandler: true,
    // Rinde keeps no per-conversation state; Bolt's default in-memory store would run on every request.
    convoStore: false,
    clientOptions,
  });
  const inFlight = createInFlight();
  app.use(requestScope(logger, inFlight));
  // With `authorize`, app.client carries no token: the error handler gets a client of its own.
  const errorClient = new webApi.WebClient(token, { ...clientOptions, logger: slackSdkLogger(logger) });
  const onError = unexpectedErrorHandler(errorClient);
  app.error(async (args: { error: Error; body: unknown }) => inRequestOf(args.body, () => onError(args, logger)));
  const listenerDeps: ListenerDeps = {
    ...deps,
    names: createNameLookup(logger),
    homes: createHomeRefresher((client, userIds) => refreshHomes(listenerDeps, client, userIds)),
  };
  registerListeners(app, listenerDeps);

  let ready: Promise<boolean> = Promise.resolve(false);
  let listening = false;
  let healthServer: Server | undefined;
  return {
    app,
    async start() {
      if (socketMode) {
        healthServer = await startHealthServer(health, web, config.PORT);
        const port = portOf(healthServer, config.PORT);
        logger.info({ port }, `socket mode; ${HEALTH_PATH} served over HTTP`);
        ready = connection.connect().then(async (connected) => {
          if (!connected) return false;
          await app.start();
          listening = true;
          logger.info('slack app connected (Socket Mode)');
          return true;
        });
        return { port };
      }
      const server = (await app.start(config.PORT)) as { address(): AddressInfo | string | null };
      listening = true;
      const port = portOf(server, config.PORT);
      logger.info({ port }, 'slack app listening on /slack/events');
      ready = connection.connect();
      // Usually Slack answers at once and the app starts healthy; if not, the loop goes on in the background.
      await connection.firstAttempt();
      return { port };
    },
    ready: () => ready,
    health: connection.health,
    async stop() {
      connection.close();
      if (listening) await app.stop();
      listening = false;
      await new Promise((resolve) => (healthServer === undefined ? resolve(undefined) : healthServer.close(resolve)));
      healthServer = undefined;
      await inFlight.drained();
      // Last, as the requests just drained may have scheduled some.
      await listenerDeps.homes.flush();
    },
  };
}
