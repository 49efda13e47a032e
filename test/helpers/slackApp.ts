import type { webApi } from '@slack/bolt';
import { expect } from 'vitest';
import { configSchema } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackApp } from '../../src/platforms/slack/app.js';
import type { Stores } from './database.js';
import { memoryStream, perTest, seedChatPlan } from './harness.js';
import { BOT_TOKEN, type SlackApiStub, startSlackApi } from './slackApi.js';
import { slashCommand } from './slackPayloads.js';
import { type SlackRequests, slackRequests } from './slackRequests.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const PLANNING_CHANNEL = 'C0PLANEACION';
/** Member of "Oficina de Comunicaciones", which answers for 1.2. */
export const RESPONSABLE = 'U0PRENSA';
/** In ADMIN_USERS. */
export const ADMIN = 'U0PLANEA';
/** Belongs to no office. */
export const OUTSIDER = 'U0OTRO';
/** 15 May 2024, 10:00 in Bogotá. */
export const NOW = new Date('2024-05-15T15:00:00Z');
/** Where the test app's public page lives: links under it are unfurled. */
export const PUBLIC_URL = 'https://rinde.example.gov.co';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface SlackHarness {
  slack: SlackApp;
  api: SlackApiStub;
  requests: SlackRequests;
  planId: number;
  logs: LogLine[];
  /** Every log line as written, to check that no secret ever reaches the logs. */
  rawLogs(): string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  retryConfig?: webApi.RetryOptions;
  planningChannel?: string | null;
}

/** The real Bolt app on a free port, against the Web API stand-in, on `db` seeded with the test plan. */
export async function startSlackHarness({ db }: Stores, options: HarnessOptions = {}): Promise<SlackHarness> {
  const planId = await seedChatPlan(db, RESPONSABLE, ADMIN);

  const api = await startSlackApi();
  api.names.set(RESPONSABLE, 'María Gómez');
  const { stream, lines } = memoryStream();
  const logger = createLogger('debug', { destination: stream });
  const planningChannel = options.planningChannel === undefined ? PLANNING_CHANNEL : options.planningChannel;
  const config = configSchema.parse({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    PORT: '0',
    ADMIN_USERS: ADMIN,
    PUBLIC_URL,
    ...(planningChannel === null ? {} : { PLANNING_CHANNEL: planningChannel }),
  });
  const slack = createSlackApp({
    config,
    db,
    logger,
    clock: () => NOW,
    retryConfig: options.retryConfig ?? { retries: 0 },
  });
  const { port } = await slack.start();
  const requests = slackRequests(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET);
  return {
    slack,
    api,
    requests,
    planId,
    get logs() {
      return lines.map((line) => JSON.parse(line) as LogLine);
    },
    rawLogs: () => lines.join('\n'),
    async stop() {
      await untilQuiet(api);
      await slack.stop();
      await api.close();
    },
  };
}

/** Lets work still running after a test's last assertion reach Slack before the stand-in closes. */
async function untilQuiet(api: SlackApiStub, quietMs = 100): Promise<void> {
  let seen = -1;
  while (seen !== api.calls.length + api.responses.length) {
    seen = api.calls.length + api.responses.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Waits until `check` passes: work after the ack runs while the HTTP response is already back. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Gives every test in the file a running app on `database`, stopped after the test. */
export function useSlackHarness(database: Stores, options: HarnessOptions = {}): () => SlackHarness {
  return perTest(() => startSlackHarness(database, options), 'Slack');
}

/**
 * Sends a slash command exactly as Slack does and returns its ephemeral reply, as JSON text: the
 * ack's body when the command answered in it, else what it posted to the response_url afterwards.
 */
export async function runSlashCommand(h: SlackHarness, command: string, text: string, userId = RESPONSABLE) {
  const before = h.api.responses.length;
  const response = await h.requests.command(
    slashCommand({ command, text, user_id: userId, response_url: h.api.responseUrl(command.slice(1)) }),
  );
  expect(response.status).toBe(200);
  const reply = response.text === '' ? (await h.api.waitForResponses(before + 1))[before]?.body : response.json();
  expect(reply).toMatchObject({ response_type: 'ephemeral' });
  return JSON.stringify(reply);
}
