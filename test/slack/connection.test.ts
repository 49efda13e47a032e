import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSlackConnection } from '../../src/slack/connection.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';

let api: SlackApiStub;
beforeEach(async () => {
  api = await startSlackApi();
});
afterEach(async () => {
  await api.close();
});

it('asks Slack once and hands every request an identity of its own, which Bolt adds the caller to', async () => {
  const connection = createSlackConnection({
    token: 'xoxb-test',
    slackApiUrl: api.apiUrl,
    logger: pino({ level: 'silent' }),
  });
  await connection.connect();

  // What Bolt does with the object `authorize` returns.
  const first = Object.assign(await connection.identity(), { userId: 'U0FIRST' });
  const second = await connection.identity();

  expect(second).toEqual({ botToken: 'xoxb-test', botId: 'BBOT', botUserId: 'UBOT' });
  expect(second).not.toBe(first);
  expect(api.callsTo('auth.test')).toHaveLength(1);
  connection.close();
});
