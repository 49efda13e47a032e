import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDepsOf } from '../../../src/jobs/context.js';
import { postCutoffReport } from '../../../src/jobs/cutoff.js';
import { runReminderSweep } from '../../../src/jobs/reminderSweep.js';
import { DeliveryError } from '../../../src/platforms/port.js';
import { BOT_REMOVED, CONVERSATION_GONE, NOT_INSTALLED } from '../../../src/platforms/teams/platform.js';
import { saveTeamsConversation } from '../../../src/storage/teamsConversations.js';
import { describeEachEngine } from '../../helpers/database.js';
import { freePort } from '../../helpers/processes.js';
import { APP_ID, cardText, standInPlatform, TENANT_ID } from '../../helpers/teamsApp.js';
import { startTeamsStandIn, type TeamsStandIn } from '../../helpers/teamsStandIn.js';
import { bogota, loadSample, PLANNING_CHANNEL, recordingLogger, testConfig } from '../../jobs/fixtures.js';

describeEachEngine('Teams platform', (database) => {
  let standIn: TeamsStandIn;
  beforeEach(async () => {
    standIn = await startTeamsStandIn({ appId: APP_ID });
  });
  afterEach(async () => {
    await standIn.close();
  });

  function platform() {
    return standInPlatform(standIn, database.db);
  }

  /** The reminders' text as each reached the member's personal conversation. */
  function toMember(userId: string): string[] {
    return standIn.sentTo(`a:${userId}`).map((activity) => cardText(activity.body));
  }

  async function installFor(userId: string) {
    await saveTeamsConversation(database.db, {
      aadObjectId: userId,
      teamsUserId: `29:${userId}`,
      displayName: userId === 'UPLAN1' ? 'Ana Planeación' : null,
      conversationId: `a:${userId}`,
      serviceUrl: standIn.serviceUrl,
      tenantId: TENANT_ID,
    });
  }

  const notice = { type: 'unreachable-recipient', userId: 'UPLAN2', reason: 'x' } as const;

  describe('Teams as the jobs’ platform', () => {
    it('sends each member’s reminders once to their personal conversation, and reports who has not installed the app', async () => {
      await loadSample(database.db);
      await installFor('UPLAN1');
      const deps = { ...jobDepsOf(testConfig(), { db: database.db, platform: platform(), logger: recordingLogger() }) };
      const report = await runReminderSweep({ ...deps, now: bogota('2024-06-21') });
      const toAna = standIn.sentTo('a:UPLAN1');
      expect(toAna).toHaveLength(5);
      expect(cardText(toAna[0]?.body)).toContain('Recordatorio de rendición de cuentas');
      expect(toAna[0]?.authorization).toBe(`Bearer ${standIn.issuedTokens[0]}`);
      // One token for the whole sweep: it is cached until shortly before it expires.
      expect(standIn.tokenRequests).toHaveLength(1);
      expect(report.attempted.sent).toHaveLength(5);
      const channel = standIn.sentTo(PLANNING_CHANNEL).map((activity) => cardText(activity.body));
      expect(channel).toContainEqual(
        expect.stringContaining(`No pude enviarle recordatorios a UPLAN2: ${NOT_INSTALLED}.`),
      );

      const sent = standIn.sent.length;
      await runReminderSweep({ ...deps, now: bogota('2024-06-21', '08:05') });
      expect(standIn.sent).toHaveLength(sent);
    });

    it('classifies the connector’s 429 (with its Retry-After), 5xx, 401, 403 and 404 as the outbox expects', async () => {
      await installFor('UPLAN1');
      const teams = platform();
      const failure = async () => {
        try {
          await teams.directMessage('UPLAN1', notice);
        } catch (error) {
          return error as DeliveryError;
        }
        throw new Error('the send did not fail');
      };
      standIn.connectorFailures.push(
        { status: 429, headers: { 'retry-after': '7' } },
        { status: 503 },
        { status: 403 },
        { status: 404 },
        { status: 401 },
      );
      expect(await failure()).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7 });
      expect(await failure()).toMatchObject({ kind: 'server_error' });
      expect(await failure()).toMatchObject({ kind: 'unreachable', message: BOT_REMOVED });
      expect(await failure()).toMatchObject({ kind: 'unreachable', message: CONVERSATION_GONE });
      expect(await failure()).toMatchObject({ kind: 'unauthorized' });
      await teams.directMessage('UPLAN1', notice);
      expect(standIn.sentTo('a:UPLAN1')).toHaveLength(1);
    });

    it('retries the connector’s 429 after its Retry-After and its 5xx with backoff: every reminder arrives once', async () => {
      await loadSample(database.db);
      await installFor('UPLAN1');
      await installFor('UPLAN2');
      standIn.connectorFailures.push(
        { status: 429, headers: { 'retry-after': '30' } },
        { status: 503 },
        { status: 502 },
        { status: 500 },
      );
      const logger = recordingLogger();
      const deps = jobDepsOf(testConfig(), { db: database.db, platform: platform(), logger });
      const start = bogota('2024-06-21');
      for (let minutes = 0; minutes <= 180; minutes += 5) {
        await runReminderSweep({ ...deps, now: new Date(start.getTime() + minutes * 60_000) });
      }
      const received = ['UPLAN1', 'UPLAN2'].flatMap((userId) => toMember(userId).map((text) => `${userId}: ${text}`));
      expect(received).toHaveLength(10);
      expect(new Set(received).size).toBe(10);
      const rows = await database.db.delivery.findMany({ where: { kind: 'dm' } });
      expect(rows.map((row) => row.status)).toEqual(Array(10).fill('sent'));
      // Every refusal was answered with a later attempt, and none of them posted twice.
      expect(standIn.connectorFailures).toEqual([]);
      expect(logger.lines.filter((line) => line.message === 'delivery abandoned')).toEqual([]);
    });

    it('skips a member who removed the bot (403) and tells the planning channel once, like Slack', async () => {
      await loadSample(database.db);
      await installFor('UPLAN1');
      await installFor('UPLAN2');
      standIn.refusedConversations.set('a:UPLAN2', { status: 403 });
      const deps = jobDepsOf(testConfig(), { db: database.db, platform: platform(), logger: recordingLogger() });
      await runReminderSweep({ ...deps, now: bogota('2024-06-21') });
      await runReminderSweep({ ...deps, now: bogota('2024-06-24') });
      expect(toMember('UPLAN2')).toEqual([]);
      expect(toMember('UPLAN1').length).toBeGreaterThanOrEqual(5);
      const told = standIn
        .sentTo(PLANNING_CHANNEL)
        .map((activity) => cardText(activity.body))
        .filter((text) => text.includes('No pude enviarle recordatorios'));
      expect(told).toEqual([expect.stringContaining(`No pude enviarle recordatorios a UPLAN2: ${BOT_REMOVED}.`)]);
      expect(await database.db.delivery.count({ where: { kind: 'dm', status: 'unreachable' } })).toBeGreaterThan(0);
    });

    it('refuses a member with no stored conversation as unreachable, without calling Teams', async () => {
      const error = await platform()
        .directMessage('UPLAN2', notice)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ kind: 'unreachable', message: NOT_INSTALLED });
      expect(standIn.sent).toEqual([]);
    });

    it('retries a connector that refuses connections (nothing was posted), and never resends one that hung', async () => {
      const closed = await freePort();
      await saveTeamsConversation(database.db, {
        aadObjectId: 'UPLAN1',
        teamsUserId: '29:UPLAN1',
        displayName: null,
        conversationId: 'a:UPLAN1',
        serviceUrl: `http://127.0.0.1:${closed}/teams/`,
        tenantId: TENANT_ID,
      });
      const refused = await platform()
        .directMessage('UPLAN1', notice)
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({ kind: 'server_error', message: expect.stringContaining('ECONNREFUSED') });

      await installFor('UPLAN1');
      standIn.activityDelayMs = 500;
      const impatient = standInPlatform(standIn, database.db, { timeoutMs: 100 });
      const hung = await impatient.directMessage('UPLAN1', notice).catch((e: unknown) => e);
      expect(hung).toMatchObject({ kind: 'unknown' });
    });

    it('posts the cut-off report to the planning channel, saying how to get its sheet in the personal chat', async () => {
      await loadSample(database.db);
      // A member's conversation tells which regional connector serves the tenant's channels.
      await installFor('UPLAN1');
      const deps = jobDepsOf(testConfig(), { db: database.db, platform: platform(), logger: recordingLogger() });
      const result = await postCutoffReport({
        ...deps,
        now: bogota('2024-09-02', '17:00'),
        cutoffDates: ['04-30', '08-31', '12-31'],
      });
      expect(result).toMatchObject({ status: 'sent' });
      const [post] = standIn.sentTo(PLANNING_CHANNEL);
      expect(cardText(post?.body)).toContain(
        'La hoja del corte: escriba `rinde exportar 2024-08-31` en su chat personal con Rinde.',
      );
    });

    it('posts the chart to the planning channel as an image in a card', async () => {
      await installFor('UPLAN1');
      await platform().uploadPng(
        PLANNING_CHANNEL,
        { filename: 'c.png', title: 'Cumplimiento', bytes: new Uint8Array([1, 2, 3]) },
        'Resumen',
      );
      const [post] = standIn.sentTo(PLANNING_CHANNEL);
      expect(JSON.stringify(post?.body)).toContain('data:image/png;base64,AQID');
    });
  });
});
