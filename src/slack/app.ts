import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, type webApi } from '@slack/bolt';
import type { SlackDeps } from './deps.js';
import { unexpectedErrorHandler } from './errors.js';
import { onlyOncePerEvent } from './eventOnce.js';
import { registerListeners } from './listeners/index.js';
import { boltLogger } from './logger.js';
import { createNameLookup } from './users.js';

export interface SlackApp {
  app: App;
  /** Connects (Socket Mode) or listens (HTTP); resolves to the HTTP port actually bound. */
  start(): Promise<{ port?: number }>;
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

const healthRoute: CustomRoute = {
  path: '/healthz',
  method: ['GET'],
  handler: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  },
};

function receiverOptions(config: SlackDeps['config']) {
  if (config.SLACK_APP_TOKEN !== undefined) return { socketMode: true, appToken: config.SLACK_APP_TOKEN };
  if (config.SLACK_SIGNING_SECRET === undefined) {
    throw new SlackConfigError(
      'SLACK_SIGNING_SECRET: falta. Cópielo de "Basic Information" en api.slack.com/apps, o use Socket Mode con SLACK_APP_TOKEN.',
    );
  }
  return {
    signingSecret: config.SLACK_SIGNING_SECRET,
    port: config.PORT,
    endpoints: '/slack/events',
    customRoutes: [healthRoute],
  };
}

/** Builds the Bolt app with every listener registered; nothing connects until `start()`. */
export function createSlackApp(deps: SlackDeps): SlackApp {
  const { config, logger } = deps;
  if (config.SLACK_BOT_TOKEN === undefined) {
    throw new SlackConfigError('SLACK_BOT_TOKEN: falta. Cópielo de "OAuth & Permissions" (empieza por xoxb-).');
  }
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    ...receiverOptions(config),
    logger: boltLogger(logger),
    extendedErrorHandler: true,
    clientOptions: {
      ...(config.SLACK_API_URL === undefined ? {} : { slackApiUrl: config.SLACK_API_URL }),
      retryConfig: deps.retryConfig ?? PRODUCTION_RETRY_CONFIG,
    },
  });
  app.error(unexpectedErrorHandler(app.client, logger));
  app.use(
    onlyOncePerEvent(deps.db, deps.clock, (eventId) => logger.info({ eventId }, 'event already handled; ignored')),
  );
  registerListeners(app, { ...deps, names: createNameLookup(logger) });

  return {
    app,
    async start() {
      if (socketMode) {
        await app.start();
        logger.info('slack app connected (Socket Mode)');
        return {};
      }
      const server = (await app.start(config.PORT)) as { address(): AddressInfo | string | null };
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
      logger.info({ port }, 'slack app listening on /slack/events');
      return { port };
    },
    async stop() {
      await app.stop();
    },
  };
}
