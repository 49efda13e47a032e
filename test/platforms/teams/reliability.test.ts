import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { jobDepsOf } from '../../../src/jobs/context.js';
import { DEFAULT_RETRY_POLICY } from '../../../src/jobs/outbox.js';
import { runReminderSweep } from '../../../src/jobs/reminderSweep.js';
import { openDatabase } from '../../../src/storage/database.js';
import { assignMemberToOffice } from '../../../src/storage/members.js';
import { saveTeamsConversation } from '../../../src/storage/teamsConversations.js';
import { createScratchDatabase, postgresReachable, type ScratchDatabase } from '../../helpers/database.js';
import {
  APP_ID,
  APP_PASSWORD,
  CHANNEL_CONVERSATION,
  cardText,
  standInPlatform,
  TENANT_ID,
} from '../../helpers/teamsApp.js';
import { BOT_ISSUER, startTeamsStandIn, type TeamsStandIn } from '../../helpers/teamsStandIn.js';
import {
  eventually,
  RESPONSABLE,
  remindersDueNow,
  seedPlanDueNow,
  sleep,
  startRinde,
  TIME_ZONE,
} from '../../production/helpers.js';

// `node dist/src/main.js` with the Teams platform, against the connector stand-in, on one PostgreSQL:
// reminders due now go out through the outbox exactly once per member, across a restart and across two
// instances of which one is killed mid-sweep. The one exception is decision 010's: the post a killed
// instance had in flight is "unknown" afterwards and never resent, whether or not it reached Teams.

const MEMBERS = [RESPONSABLE, 'U0PRENSA2', ...Array.from({ length: 30 }, (_, i) => `equipo-${i}`)];

const conversationOf = (member: string) => `a:${member}`;

function teamsEnv(databaseUrl: string, standIn: TeamsStandIn): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: APP_PASSWORD,
    TEAMS_TENANT_ID: TENANT_ID,
    TEAMS_OPENID_METADATA_URL: standIn.openIdMetadataUrl,
    TEAMS_TOKEN_ISSUER: BOT_ISSUER,
    TEAMS_LOGIN_URL: standIn.url,
    PLANNING_CHANNEL: CHANNEL_CONVERSATION,
    TIME_ZONE,
    REMINDER_HOUR: '00:00',
    SWEEP_CRON: '* * * * * *',
    DIGEST_CRON: '0 0 1 1 *',
    LOG_LEVEL: 'info',
    LATE_LOGGING_GRACE_DAYS: '100000',
  };
}

/** The plan due now, its office staffed by every member, each with the personal chat they installed the app in. */
async function seed(scratch: ScratchDatabase, standIn: TeamsStandIn): Promise<void> {
  await seedPlanDueNow(scratch.url);
  const database = await openDatabase(scratch.url);
  try {
    for (const member of MEMBERS) {
      await assignMemberToOffice(database.prisma, member, 'Oficina de Comunicaciones');
      await saveTeamsConversation(database.prisma, {
        aadObjectId: member,
        teamsUserId: `29:${member}`,
        displayName: null,
        conversationId: conversationOf(member),
        serviceUrl: standIn.serviceUrl,
        tenantId: TENANT_ID,
      });
    }
  } finally {
    await database.close();
  }
}

/** The personal-chat activities the connector accepted, as "conversation: card text". */
function remindersSent(standIn: TeamsStandIn): string[] {
  return standIn.sent
    .filter((activity) => activity.conversationId.startsWith('a:'))
    .map((activity) => `${activity.conversationId}: ${cardText(activity.body)}`);
}

/** Until the connector has taken nothing new for a while: every running instance has finished its sweep. */
async function settled(standIn: TeamsStandIn): Promise<void> {
  let seen = -1;
  while (seen !== standIn.sent.length) {
    seen = standIn.sent.length;
    await sleep(1500);
  }
}

const total = (expected: { recipients: string[] }[]) =>
  expected.reduce((sum, reminder) => sum + reminder.recipients.length, 0);

/** Every member's reminders, each once, but for `unknown` posts that may or may not have reached Teams. */
async function expectEachReminderOnce(standIn: TeamsStandIn, expected: { recipients: string[] }[], unknown: number) {
  const sent = remindersSent(standIn);
  expect(sent.length).toBe(new Set(sent).size);
  expect(sent.length).toBeLessThanOrEqual(total(expected));
  expect(sent.length).toBeGreaterThanOrEqual(total(expected) - unknown);
  for (const member of MEMBERS) {
    const owed = expected.filter((reminder) => reminder.recipients.includes(member)).length;
    const got = standIn.sentTo(conversationOf(member)).length;
    expect(got).toBeLessThanOrEqual(owed);
    expect(got).toBeGreaterThanOrEqual(owed - unknown);
  }
}

async function deliveryCounts(databaseUrl: string) {
  const database = await openDatabase(databaseUrl);
  try {
    const count = (status: string[]) =>
      database.prisma.delivery.count({ where: { kind: 'dm', status: { in: status } } });
    return { held: await count(['pending', 'failed']), unknown: await count(['unknown']) };
  } finally {
    await database.close();
  }
}

describe.runIf(postgresReachable)('Teams reminders on PostgreSQL, from the real process', () => {
  it('a restart in the middle of a sweep: SIGTERM lets the sweep finish, the new process sends nothing twice', async () => {
    const scratch = await createScratchDatabase('postgresql');
    const standIn = await startTeamsStandIn({ appId: APP_ID });
    const instances: Awaited<ReturnType<typeof startRinde>>[] = [];
    try {
      await seed(scratch, standIn);
      const env = teamsEnv(scratch.url, standIn);
      const expected = await remindersDueNow(scratch.url, env);
      expect(total(expected)).toBeGreaterThan(60);
      standIn.activityDelayMs = 60;

      const first = await startRinde(env);
      instances.push(first);
      await eventually(() => expect(remindersSent(standIn).length).toBeGreaterThanOrEqual(15), 30_000);
      const atSignal = remindersSent(standIn).length;
      // SIGTERM, as a deployment restarts it: the running sweep finishes before the process exits.
      expect(await first.stop()).toBe(0);
      expect(atSignal).toBeLessThan(total(expected));
      expect(await deliveryCounts(scratch.url)).toEqual({ held: 0, unknown: 0 });
      await expectEachReminderOnce(standIn, expected, 0);

      // The new process sweeps every second and finds every reminder already sent.
      const sentBeforeRestart = remindersSent(standIn).length;
      const second = await startRinde(env);
      instances.push(second);
      await second.waitForLog('teams app listening on /api/messages');
      await sleep(3000);
      await second.stop();
      expect(remindersSent(standIn)).toHaveLength(sentBeforeRestart);
      await expectEachReminderOnce(standIn, expected, 0);
    } finally {
      for (const instance of instances) await instance.stop();
      await standIn.close();
      await scratch.drop();
    }
  }, 120_000);

  it('two instances, one killed (kill -9) mid-sweep: 0 lost, 0 doubled, the in-flight post counted as unknown', async () => {
    const scratch = await createScratchDatabase('postgresql');
    const standIn = await startTeamsStandIn({ appId: APP_ID });
    const instances: Awaited<ReturnType<typeof startRinde>>[] = [];
    try {
      await seed(scratch, standIn);
      const env = teamsEnv(scratch.url, standIn);
      const expected = await remindersDueNow(scratch.url, env);
      standIn.activityDelayMs = 60;

      instances.push(await startRinde(env), await startRinde(env));
      const [victim, survivor] = instances as [(typeof instances)[0], (typeof instances)[0]];
      await eventually(() => expect(remindersSent(standIn).length).toBeGreaterThanOrEqual(15), 30_000);
      victim.child.kill('SIGKILL');
      expect(await victim.exited).toBeNull();
      await settled(standIn);
      await survivor.stop();

      // Six minutes on, as the next sweep of any instance would run: the dead instance's leases have passed.
      const database = await openDatabase(scratch.url);
      try {
        const config = configSchema.parse(env);
        const platform = standInPlatform(standIn, database.prisma);
        const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
        const deps = jobDepsOf(config, { db: database.prisma, platform, logger });
        await runReminderSweep({ ...deps, now: new Date(Date.now() + DEFAULT_RETRY_POLICY.leaseMs + 60_000) });
      } finally {
        await database.close();
      }

      const { held, unknown } = await deliveryCounts(scratch.url);
      expect(held).toBe(0);
      // One instance sends one post at a time, so at most one was in flight when it died.
      expect(unknown).toBeLessThanOrEqual(1);
      await expectEachReminderOnce(standIn, expected, unknown);
    } finally {
      for (const instance of instances) await instance.stop();
      await standIn.close();
      await scratch.drop();
    }
  }, 120_000);
});
