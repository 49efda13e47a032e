import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/database.js';
import { freePort } from '../helpers/processes.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import {
  BOT_TOKEN,
  eventually,
  lateProxy,
  type RindeProcess,
  remindersDueNow,
  rindeEnv,
  SIGNING_SECRET,
  seedPlanDueNow,
  sleep,
  startRinde,
} from './helpers.js';

describe('start-up while Slack is unreachable', () => {
  let scratch: ScratchDatabase;
  let api: SlackApiStub;
  let slack: ReturnType<typeof lateProxy>;
  let rinde: RindeProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    scratch = await createScratchDatabase('sqlite');
    await seedPlanDueNow(scratch.url);
    api = await startSlackApi();
    // Slack's address for Rinde: nothing listens there until the proxy opens.
    const slackPort = await freePort();
    slack = lateProxy(slackPort, Number(new URL(api.apiUrl).port));
    env = rindeEnv(scratch.url, `http://127.0.0.1:${slackPort}/api/`);
    rinde = await startRinde(env);
  });
  afterAll(async () => {
    await rinde?.stop();
    await slack?.close();
    await api?.close();
    await scratch?.drop();
  });

  it('serves a degraded /healthz, keeps reminders queued, and sends them once Slack answers', async () => {
    const expected = await remindersDueNow(scratch.url, env);
    const warning = await rinde.waitForLog('slack unreachable; retrying');
    expect(warning).toMatchObject({ level: 40, attempt: 1 });
    const degraded = await rinde.healthz();
    expect(degraded.status).toBe(503);
    expect(degraded.body).toMatchObject({ ok: false, status: 'degraded', slack: 'unreachable' });
    expect(Date.parse(String(degraded.body.since))).toBeLessThanOrEqual(Date.now());

    // Sweeps would run every second; while Slack is away none claims a reminder or burns an attempt.
    await sleep(2500);
    const database = await openDatabase(scratch.url);
    try {
      expect(await database.prisma.delivery.count({ where: { kind: 'reminder' } })).toBe(0);
      expect(rinde.logs().filter((line) => line.msg === 'slack unreachable; retrying').length).toBeGreaterThan(1);

      await slack.open();
      await rinde.waitForLog('slack reachable', 40_000);
      expect((await rinde.healthz()).status).toBe(200);

      const rows = await eventually(async () => {
        const sent = await database.prisma.delivery.findMany({ where: { kind: 'reminder', status: 'sent' } });
        expect(sent.map((row) => row.key).sort()).toEqual(expected.map((reminder) => reminder.key).sort());
        return sent;
      });
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
    } finally {
      await database.close();
    }
    expect(await rinde.stop()).toBe(0);
    expect(rinde.output()).not.toContain(BOT_TOKEN);
    expect(rinde.output()).not.toContain(SIGNING_SECRET);
  }, 60_000);
});
