import { describe, expect, it } from 'vitest';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import { BOT_TOKEN, eventually, RESPONSABLE, SIGNING_SECRET, useRunningBot } from './helpers.js';

describe('logs of a running bot', () => {
  const bot = useRunningBot({ LOG_LEVEL: 'debug', SWEEP_CRON: '0 0 1 1 *' });

  const avance = (triggerId: string, responseUrl: string, options = {}, text = '1.1 1') =>
    slackRequests(`http://127.0.0.1:${bot.rinde.port}/slack/events`, SIGNING_SECRET).command(
      slashCommand({
        command: '/avance',
        text,
        user_id: RESPONSABLE,
        trigger_id: triggerId,
        response_url: responseUrl,
      }),
      options,
    );

  it('are JSON lines with a request ID, and never hold the token or the signing secret', async () => {
    // A full cycle, then failures: Slack refusing calls, a modal that cannot open and an error message
    // that cannot be delivered, a forged request.
    const ok = await avance('trigger-ok', bot.api.responseUrl('ok'));
    expect(ok.text).toContain('Avance registrado');
    bot.api.fail('users.info', { error: 'invalid_auth' }, 5);
    bot.api.fail('views.open', { status: 500 }, 5);
    const broken = await avance('trigger-broken', 'http://127.0.0.1:1/respond/unreachable', {}, '');
    expect(broken.status).toBe(200);
    expect((await avance('trigger-forged', bot.api.responseUrl('forged'), { badSignature: true })).status).toBe(401);
    const failed = await eventually(() => {
      const line = bot.rinde.logs().find((l) => l.msg === 'slack request failed');
      expect(line).toBeDefined();
      return line;
    });
    expect(failed).toMatchObject({ level: 50, requestId: 'trigger-broken', request: '/avance' });

    // Work after the ack (opening the modal, the planning note) ends a request; its closing line follows.
    await eventually(() => {
      const handled = bot.rinde.logs().filter((line) => line.msg === 'slack request');
      expect(handled.map((line) => line.requestId).sort()).toEqual(['trigger-broken', 'trigger-ok']);
    });
    const logs = bot.rinde.logs(); // parses every line: a line that is not JSON fails here
    // Every line Rinde writes about a request carries its ID, from its access line to its error handling.
    expect(logs.filter((line) => line.requestId === 'trigger-broken').map((line) => line.msg)).toEqual(
      expect.arrayContaining(['slack request failed', 'could not tell the user about the failure', 'slack request']),
    );
    expect(logs.some((line) => line.component !== undefined && line.level === 20)).toBe(true); // Bolt's own, at debug

    expect(await bot.rinde.stop()).toBe(0);
    for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(bot.rinde.output()).not.toContain(secret);
  }, 30_000);
});
