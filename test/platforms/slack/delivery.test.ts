import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/platforms/port.js';
import { classifyDeliveryError, sendDirectMessage } from '../../../src/platforms/slack/delivery.js';
import { type SlackApiStub, startSlackApi } from '../../helpers/slackApi.js';

let api: SlackApiStub;
beforeEach(async () => {
  api = await startSlackApi();
});
afterEach(async () => {
  await api.close();
});

const message = {
  text: 'Recordatorio: la actividad 1.2 vence en 5 días (30 de junio de 2024).',
  blocks: [
    { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'La actividad *1.2* vence *en 5 días*.' } },
  ],
};
const client = (options: Partial<webApi.WebClientOptions> = {}) =>
  new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 }, ...options });

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('sendDirectMessage', () => {
  it('opens the DM, posts the blocks with their text fallback, and returns where it landed', async () => {
    const delivered = await sendDirectMessage(client(), 'U0PRENSA', message);
    expect(api.calls.map((call) => call.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect(api.callsTo('chat.postMessage')[0]?.body).toMatchObject({
      channel: 'DU0PRENSA',
      text: message.text,
      blocks: message.blocks,
    });
    expect(delivered).toEqual({ channel: 'DU0PRENSA', ts: expect.stringMatching(/^\d+\.\d+$/) });
  });

  it('opens each person’s DM once per client, so a catch-up stays within conversations.open’s rate limit', async () => {
    const jobs = client();
    await sendDirectMessage(jobs, 'U0PRENSA', message);
    await sendDirectMessage(jobs, 'U0PRENSA', message);
    await sendDirectMessage(jobs, 'U0PLANEACION', message);
    await sendDirectMessage(jobs, 'U0PRENSA', message);
    expect(api.callsTo('conversations.open').map((call) => call.body.users)).toEqual(['U0PRENSA', 'U0PLANEACION']);
    expect(api.callsTo('chat.postMessage').map((call) => call.body.channel)).toEqual([
      'DU0PRENSA',
      'DU0PRENSA',
      'DU0PLANEACION',
      'DU0PRENSA',
    ]);
  });

  it('opens the DM again after a failed post instead of trusting what it knew', async () => {
    const jobs = client();
    await sendDirectMessage(jobs, 'U0PRENSA', message);
    api.fail('chat.postMessage', { error: 'channel_not_found' });
    await failure(sendDirectMessage(jobs, 'U0PRENSA', message));
    await sendDirectMessage(jobs, 'U0PRENSA', message);
    expect(api.callsTo('conversations.open')).toHaveLength(2);
  });

  it('reports a 429 as rate limited with the seconds Slack asked to wait', async () => {
    api.fail('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    const error = await failure(sendDirectMessage(client({ rejectRateLimitedCalls: true }), 'U0PRENSA', message));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 30 });
  });

  it('reports a 500 as a server error, worth retrying later', async () => {
    api.fail('conversations.open', { status: 500 });
    expect(await failure(sendDirectMessage(client(), 'U0PRENSA', message))).toMatchObject({ kind: 'server_error' });
  });

  it('reports an account that cannot receive messages as unreachable: only that person is skipped', async () => {
    api.fail('conversations.open', { error: 'user_disabled' });
    expect(await failure(sendDirectMessage(client(), 'U0PRENSA', message))).toMatchObject({
      kind: 'unreachable',
      message: 'user_disabled',
    });
  });

  it('reports a token Slack refuses as unauthorized, and a refused message as fatal', async () => {
    api.fail('conversations.open', { error: 'token_revoked' });
    expect(await failure(sendDirectMessage(client(), 'U0PRENSA', message))).toMatchObject({ kind: 'unauthorized' });
    api.fail('chat.postMessage', { error: 'invalid_blocks' });
    expect(await failure(sendDirectMessage(client(), 'U0PRENSA', message))).toMatchObject({ kind: 'fatal' });
  });
});

describe('classifyDeliveryError', () => {
  it("reads the wait from the SDK's own retry message once its retries run out", () => {
    const error = classifyDeliveryError(new Error('A rate limit was exceeded (url: x, retry-after: 12)'));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 12 });
  });

  it('treats Slack-side platform errors as transient', () => {
    const error = classifyDeliveryError(new webApi.WebAPIPlatformError({ ok: false, error: 'service_unavailable' }));
    expect(error.kind).toBe('server_error');
  });
});
