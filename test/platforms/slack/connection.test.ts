import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createSlackConnection } from '../../../src/platforms/slack/connection.js';
import { startSlackApi } from '../../helpers/slackApi.js';

it('asks Slack once and hands every request an identity of its own, which Bolt adds the caller to', async () => {
  const api = await startSlackApi();
  const connection = createSlackConnection({
    token: 'xoxb-test',
    slackApiUrl: api.apiUrl,
    logger: pino({ level: 'silent' }),
  });
  try {
    await connection.connect();

    // What Bolt does with the object `authorize` returns.
    const first = Object.assign(await connection.identity(), { userId: 'U0FIRST' });
    const second = await connection.identity();

    expect(second).toEqual({ botToken: 'xoxb-test', botId: 'BBOT', botUserId: 'UBOT' });
    expect(second).not.toBe(first);
    expect(api.callsTo('auth.test')).toHaveLength(1);
  } finally {
    connection.close();
    await api.close();
  }
});
