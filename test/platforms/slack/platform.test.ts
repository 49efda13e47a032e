import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { slackSdkLogger } from '../../../src/platforms/slack/logger.js';
import { createJobSlackClient, slackPlatform } from '../../../src/platforms/slack/platform.js';
import { type SlackApiStub, startSlackApi } from '../../helpers/slackApi.js';

let api: SlackApiStub;
beforeEach(async () => {
  api = await startSlackApi();
});
afterEach(async () => {
  await api.close();
});

it('sends through a client whose own SDK lines are JSON in the app log, not console text', async () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const client = createJobSlackClient('xoxb-job-token', {
    slackApiUrl: api.apiUrl,
    logger: slackSdkLogger(pino({ level: 'debug' }, destination), 'web-api'),
  });
  await slackPlatform(client).channelMessage('C0PLANEACION', {
    type: 'unreachable-recipient',
    userId: 'U1',
    reason: 'user_not_found',
  });
  expect(api.callsTo('chat.postMessage')[0]?.body).toMatchObject({
    channel: 'C0PLANEACION',
    text: 'No pude enviarle recordatorios a <@U1>: Slack no encuentra la cuenta.',
  });
  expect(lines).toContainEqual(expect.objectContaining({ component: 'web-api', msg: 'http response received' }));
});
