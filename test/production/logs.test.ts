import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import {
  BOT_TOKEN,
  eventually,
  RESPONSABLE,
  type RindeProcess,
  rindeEnv,
  SIGNING_SECRET,
  seedPlanDueNow,
  startRinde,
} from './helpers.js';

describe('logs of a running bot', () => {
  let scratch: ScratchDatabase;
  let api: SlackApiStub;
  let rinde: RindeProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase('sqlite');
    await seedPlanDueNow(scratch.url);
    api = await startSlackApi();
    rinde = await startRinde(rindeEnv(scratch.url, api.apiUrl, { LOG_LEVEL: 'debug', SWEEP_CRON: '0 0 1 1 *' }));
    await rinde.waitForLog('slack reachable');
  });
  afterAll(async () => {
    await rinde?.stop();
    await api?.close();
    await scratch?.drop();
  });

  const avance = (triggerId: string, responseUrl: string, options = {}, text = '1.1 1') =>
    slackRequests(`http://127.0.0.1:${rinde.port}/slack/events`, SIGNING_SECRET).command(
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
    const ok = await avance('trigger-ok', api.responseUrl('ok'));
    expect(ok.text).toContain('Avance registrado');
    api.fail('users.info', { error: 'invalid_auth' }, 5);
    api.fail('views.open', { status: 500 }, 5);
    const broken = await avance('trigger-broken', 'http://127.0.0.1:1/respond/unreachable', {}, '');
    expect(broken.status).toBe(200);
    expect((await avance('trigger-forged', api.responseUrl('forged'), { badSignature: true })).status).toBe(401);
    const failed = await eventually(() => {
      const line = rinde.logs().find((l) => l.msg === 'slack request failed');
      expect(line).toBeDefined();
      return line;
    });
    expect(failed).toMatchObject({ level: 50, requestId: 'trigger-broken', request: '/avance' });

    // Work after the ack (opening the modal, the planning note) ends a request; its closing line follows.
    await eventually(() => {
      const handled = rinde.logs().filter((line) => line.msg === 'slack request');
      expect(handled.map((line) => line.requestId).sort()).toEqual(['trigger-broken', 'trigger-ok']);
    });
    const logs = rinde.logs(); // parses every line: a line that is not JSON fails here
    expect(logs.filter((line) => line.requestId === 'trigger-broken').length).toBeGreaterThan(2);
    expect(logs.some((line) => line.component !== undefined && line.level === 20)).toBe(true); // Bolt's own, at debug

    expect(await rinde.stop()).toBe(0);
    for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(rinde.output()).not.toContain(secret);
  }, 30_000);
});
