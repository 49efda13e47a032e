import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { createSlackApp, SlackConfigError } from '../../../src/platforms/slack/app.js';
import { withTestDatabase } from '../../helpers/database.js';
import { RESPONSABLE, type SlackHarness, startSlackHarness } from '../../helpers/slackApp.js';
import { slashCommand } from '../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');

describe('the HTTP receiver', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(database);
  });
  afterEach(async () => {
    await h.stop();
  });

  const entries = () => database.db.progressEntry.count({ where: { authorId: RESPONSABLE } });
  const avance = (options: Parameters<SlackHarness['requests']['command']>[1]) =>
    h.requests.command(
      slashCommand({ command: '/avance', text: '1.2 10', user_id: RESPONSABLE, response_url: h.api.responseUrl() }),
      options,
    );
  // Bolt checks the token with auth.test when it starts; nothing else may reach Slack.
  const callsBesidesAuth = () => h.api.calls.filter((call) => call.method !== 'auth.test');
  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

  it('rejects a request with a bad signature: 401, nothing written, Slack not called', async () => {
    const response = await avance({ badSignature: true });
    expect(response.status).toBe(401);
    await settle();
    expect(await entries()).toBe(0);
    expect(callsBesidesAuth()).toEqual([]);
    expect(h.api.responses).toEqual([]);
  });

  it('rejects a request signed more than five minutes ago (replay): 401, nothing written', async () => {
    const response = await avance({ timestampOffsetSeconds: -6 * 60 });
    expect(response.status).toBe(401);
    await settle();
    expect(await entries()).toBe(0);
    expect(callsBesidesAuth()).toEqual([]);
  });

  it("answers Slack's url_verification challenge", async () => {
    const response = await h.requests.event({ type: 'url_verification', token: 'x', challenge: 'reto-123' });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ challenge: 'reto-123' });
  });

  it('serves GET /healthz for load balancers and uptime checks', async () => {
    const url = h.requests.endpoint.replace('/slack/events', '/healthz');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('createSlackApp', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', PORT: '0' };
  const create = (env: Record<string, string>) => () =>
    createSlackApp({
      config: configSchema.parse(env),
      db: database.db,
      logger: pino({ level: 'silent' }),
      clock: () => new Date(),
    });

  it('needs the signing secret in HTTP mode, and says where to find it', () => {
    expect(create(base)).toThrow(SlackConfigError);
    expect(create(base)).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('needs no signing secret in Socket Mode', () => {
    expect(create({ ...base, SLACK_APP_TOKEN: 'xapp-1' })).not.toThrow();
  });

  it('serves /healthz in Socket Mode too, from start-up, saying Slack has not answered yet', async () => {
    // Nothing listens on the discard port: Slack stays out of reach for the whole test.
    const slack = create({ ...base, SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' })();
    const { port } = await slack.start();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ok: false });
      expect((await fetch(`http://127.0.0.1:${port}/slack/events`)).status).toBe(404);
    } finally {
      await slack.stop();
    }
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
