import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDepsOf } from '../../src/jobs/context.js';
import { runReminderSweep } from '../../src/jobs/reminderSweep.js';
import { DeliveryError } from '../../src/platforms/port.js';
import { NOT_INSTALLED, teamsPlatform } from '../../src/platforms/teams/platform.js';
import { saveTeamsConversation } from '../../src/storage/teamsConversations.js';
import { clientCredentialsToken } from '../../src/teams/auth.js';
import { describeEachEngine } from '../helpers/database.js';
import { APP_ID, APP_PASSWORD, cardText, TENANT_ID } from '../helpers/teamsApp.js';
import { startTeamsStandIn, type TeamsStandIn } from '../helpers/teamsStandIn.js';
import { bogota, loadSample, PLANNING_CHANNEL, recordingLogger, testConfig } from '../jobs/fixtures.js';

describeEachEngine('Teams platform', (database) => {
  let standIn: TeamsStandIn;
  beforeEach(async () => {
    standIn = await startTeamsStandIn({ appId: APP_ID });
  });
  afterEach(async () => {
    await standIn.close();
  });

  function platform() {
    const token = clientCredentialsToken(
      {
        TEAMS_APP_ID: APP_ID,
        TEAMS_APP_PASSWORD: APP_PASSWORD,
        TEAMS_TENANT_ID: TENANT_ID,
        TEAMS_LOGIN_URL: standIn.url,
      },
      () => new Date(),
    );
    return teamsPlatform({ db: database.db, token: () => token('https://api.botframework.com/.default') });
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

    it('classifies the connector’s 429 (with its Retry-After), 5xx and 403 as the outbox expects', async () => {
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
      );
      expect(await failure()).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7 });
      expect(await failure()).toMatchObject({ kind: 'server_error' });
      expect(await failure()).toMatchObject({ kind: 'unreachable' });
      await teams.directMessage('UPLAN1', notice);
      expect(standIn.sentTo('a:UPLAN1')).toHaveLength(1);
    });

    it('refuses a member with no stored conversation as unreachable, without calling Teams', async () => {
      const error = await platform()
        .directMessage('UPLAN2', notice)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect(error).toMatchObject({ kind: 'unreachable', message: NOT_INSTALLED });
      expect(standIn.sent).toEqual([]);
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
