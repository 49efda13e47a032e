import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { jobDepsOf } from '../../src/jobs/context.js';
import { DEFAULT_RETRY_POLICY } from '../../src/jobs/outbox.js';
import { runReminderSweep } from '../../src/jobs/reminderSweep.js';
import { createJobSlackClient, slackPlatform } from '../../src/platforms/slack/platform.js';
import { openDatabase } from '../../src/storage/database.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { createScratchDatabase, postgresReachable } from '../helpers/database.js';
import { startSlackApi } from '../helpers/slackApi.js';
import {
  eventually,
  expectNoDuplicatePosts,
  remindersDueNow,
  rindeEnv,
  seedPlanDueNow,
  sleep,
  startRinde,
} from '../production/helpers.js';

// Two instances sweep the same PostgreSQL; one is killed (kill -9) in the middle of sending. The other
// goes on; what the dead one held comes back once its lease has passed (a sweep at that time, below).
// Every reminder reaches each of its recipients, none twice, except the one post the dead instance may have
// had in flight: marked as being posted before the call, it is "unknown" afterwards and never resent (a second
// copy is worse than a gap the admins are told of), whether or not the call reached Slack.

const MEMBERS = Array.from({ length: 30 }, (_, i) => `U0EQUIPO${String(i).padStart(2, '0')}`);

describe.runIf(postgresReachable)('two instances on PostgreSQL, one killed mid-sweep', () => {
  it('0 lost, 0 doubled', async () => {
    const scratch = await createScratchDatabase('postgresql');
    const api = await startSlackApi();
    const instances: Awaited<ReturnType<typeof startRinde>>[] = [];
    let unknown = 0;
    try {
      await seedPlanDueNow(scratch.url);
      const seeding = await openDatabase(scratch.url);
      for (const member of MEMBERS) await assignMemberToOffice(seeding.prisma, member, 'Oficina de Comunicaciones');
      await seeding.close();
      const env = rindeEnv(scratch.url, api.apiUrl, { DIGEST_CRON: '0 0 1 1 *' });
      const expected = await remindersDueNow(scratch.url, env);
      const expectedDms = expected.reduce((sum, reminder) => sum + reminder.recipients.length, 0);
      expect(expectedDms).toBeGreaterThan(60);
      // A slow Slack stretches the sweep over seconds, so the kill lands in the middle of it.
      api.slow('chat.postMessage', 60);

      instances.push(await startRinde(env), await startRinde(env));
      const [victim, survivor] = instances as [(typeof instances)[0], (typeof instances)[0]];
      await eventually(() => expect(api.callsTo('chat.postMessage').length).toBeGreaterThanOrEqual(15), 20_000);
      victim.child.kill('SIGKILL');
      expect(await victim.exited).toBeNull();

      // The survivor finishes what was not held by the dead instance.
      let seen = -1;
      while (seen !== api.callsTo('chat.postMessage').length) {
        seen = api.callsTo('chat.postMessage').length;
        await sleep(1500);
      }
      await survivor.stop();

      // Six minutes on, as the next sweep of any instance would run: the dead instance's leases have passed.
      const database = await openDatabase(scratch.url);
      try {
        const config = configSchema.parse(env);
        const platform = slackPlatform(createJobSlackClient('xoxb-test', { slackApiUrl: api.apiUrl }));
        const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
        const deps = jobDepsOf(config, { db: database.prisma, platform, logger });
        await runReminderSweep({ ...deps, now: new Date(Date.now() + DEFAULT_RETRY_POLICY.leaseMs + 60_000) });
        const held = await database.prisma.delivery.count({
          where: { kind: 'dm', status: { in: ['pending', 'failed'] } },
        });
        expect(held).toBe(0);
        // One instance sends one post at a time, so at most one was in flight when it died.
        unknown = await database.prisma.delivery.count({ where: { kind: 'dm', status: 'unknown' } });
        expect(unknown).toBeLessThanOrEqual(1);
      } finally {
        await database.close();
      }

      const dms = api.callsTo('chat.postMessage').filter((call) => String(call.body.channel).startsWith('D'));
      expectNoDuplicatePosts(dms);
      expect(dms.length).toBeLessThanOrEqual(expectedDms);
      expect(dms.length).toBeGreaterThanOrEqual(expectedDms - unknown);
    } finally {
      for (const instance of instances) await instance.stop();
      await api.close();
      await scratch.drop();
    }
  }, 90_000);
});
