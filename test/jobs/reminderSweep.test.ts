import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { noOutcomes, recipientKey } from '../../src/jobs/outbox.js';
import { runReminderSweep } from '../../src/jobs/reminderSweep.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { findDelivery } from '../../src/storage/deliveries.js';
import { appendProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { bogota, channelPosts, directMessages, jobDeps, loadSample, recordingLogger } from './fixtures.js';

let slack: SlackApiStub;
beforeAll(async () => {
  slack = await startSlackApi();
});
afterAll(async () => {
  await slack.close();
});
beforeEach(() => {
  slack.calls.length = 0;
});

const ON_30_JUNE = [
  'Recordatorio: la actividad 1.4 vence el 30 de junio de 2024.',
  'Recordatorio: la actividad 1.5 vence el 30 de junio de 2024.',
  'Recordatorio: la actividad 2.1 vence el 30 de junio de 2024.',
  'Recordatorio: la actividad 2.2 vence el 30 de junio de 2024.',
  'Recordatorio: la actividad 2.3 vence el 30 de junio de 2024.',
];
const toBoth = (texts: string[]) => texts.flatMap((text) => [`UPLAN1: ${text}`, `UPLAN2: ${text}`]);

describeEachEngine('runReminderSweep', (database) => {
  let activityIds: Map<string, number>;
  beforeEach(async () => {
    const planId = await loadSample(database.db);
    const activities = await database.db.activity.findMany({ where: { planId }, select: { id: true, code: true } });
    activityIds = new Map(activities.map((a) => [a.code, a.id]));
  });
  const sweep = (now: Date, db = database.db) => runReminderSweep({ ...jobDeps(db, slack), now });

  test('Fri 21 Jun 2024 08:00: each member of Planeación gets the five reminders once; a second sweep sends nothing', async () => {
    const report = await sweep(bogota('2024-06-21'));
    expect(report.attempted.sent).toHaveLength(5);
    expect(directMessages(slack)).toEqual(toBoth(ON_30_JUNE));
    const [message] = slack.callsTo('chat.postMessage').filter((call) => call.body.channel === 'DUPLAN1');
    expect(JSON.stringify(message?.body.blocks)).toContain('Como el domingo 23 de junio de 2024 es fin de semana');

    slack.calls.length = 0;
    const again = await sweep(bogota('2024-06-21', '08:05'));
    expect(again.alreadyClaimed).toHaveLength(5);
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
  });

  test('offices with no member are reported once in the planning channel, whatever the number of reminders', async () => {
    await sweep(bogota('2024-06-21'));
    expect(channelPosts(slack)).toEqual([
      'La dependencia Dependencia que rinde cuentas no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Secretaría de Desarrollo Económico no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Secretaría de Infraestructura no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Secretaría de Gobierno no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Secretaría de Desarrollo Social no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Secretaría de Hacienda no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Secretaría General no tiene miembros en Rinde: nadie recibe sus recordatorios.',
      'La dependencia Oficina asesora jurídica no tiene miembros en Rinde: nadie recibe sus recordatorios.',
    ]);
    slack.calls.length = 0;
    await sweep(bogota('2024-06-28'));
    expect(channelPosts(slack)).toEqual([]);
  });

  test('two overlapping sweeps from two connections (two instances on one database) send each reminder once', async () => {
    const second: Database = await openDatabase(database.url);
    try {
      const now = bogota('2024-06-21');
      const reports = await Promise.all([sweep(now), sweep(now, second.prisma), sweep(now)]);
      expect(directMessages(slack).sort()).toEqual(toBoth(ON_30_JUNE).sort());
      expect(reports.flatMap((r) => r.attempted.sent).sort()).toEqual(reports[0]?.due.slice().sort());
      expect(channelPosts(slack)).toHaveLength(8);
    } finally {
      await second.close();
    }
  });

  test('after downtime only the latest stage of each due date goes out', async () => {
    await sweep(bogota('2024-06-21'));
    slack.calls.length = 0;
    // Down from Friday 21 June until Wednesday 3 July, 09:30.
    const report = await sweep(bogota('2024-07-03', '09:30'));
    expect(report.attempted.sent).toEqual([
      `reminder:${activityIds.get('1.4')}:2024-06-30:overdue-1`,
      `reminder:${activityIds.get('1.5')}:2024-06-30:overdue-1`,
      `reminder:${activityIds.get('2.1')}:2024-06-30:overdue-1`,
      `reminder:${activityIds.get('2.2')}:2024-06-30:overdue-1`,
      `reminder:${activityIds.get('2.3')}:2024-06-30:overdue-1`,
    ]);
    expect(directMessages(slack)).toHaveLength(10);
  });

  test('logged progress that covers a due date stops its reminders', async () => {
    await appendProgress(database.db, {
      activityId: activityIds.get('1.5') as number,
      amount: 1,
      effectiveOn: '2024-06-20',
      authorId: 'UPLAN1',
      source: 'chat',
    });
    const report = await sweep(bogota('2024-06-21'));
    expect(report.due).not.toContain(`reminder:${activityIds.get('1.5')}:2024-06-30:before-7d`);
    expect(report.due).toHaveLength(4);
  });

  test('a 429 with Retry-After pauses the sweeps until the wait is over, costs no attempt, and nobody gets a message twice', async () => {
    // The first DM of the sweep (1.4 to UPLAN1) is rate limited.
    slack.fail('conversations.open', { status: 429, retryAfterSeconds: 30 });
    const now = bogota('2024-06-21');
    const first = await sweep(now);
    const key = `reminder:${activityIds.get('1.4')}:2024-06-30:before-7d`;
    expect(first.attempted.retrying).toEqual([key]);
    // The rest waits for Slack instead of meeting the same 429: left unclaimed for a later sweep.
    expect(first.deferred).toHaveLength(4);
    expect(await findDelivery(database.db, recipientKey(key, 'UPLAN1'))).toMatchObject({
      status: 'failed',
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + 30_000),
    });

    // A later sweep honours the Retry-After it did not receive itself.
    const early = await sweep(new Date(now.getTime() + 20_000));
    expect(early.retried.sent).toEqual([]);
    expect(early.attempted.sent).toEqual([]);
    expect(slack.callsTo('conversations.open')).toHaveLength(1);
    const later = await sweep(new Date(now.getTime() + 31_000));
    expect(later.retried.sent.sort()).toEqual([recipientKey(key, 'UPLAN1'), recipientKey(key, 'UPLAN2')]);
    expect(later.attempted.sent).toHaveLength(4);
    expect(directMessages(slack).sort()).toEqual(toBoth(ON_30_JUNE).sort());
    expect(await findDelivery(database.db, recipientKey(key, 'UPLAN1'))).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: null,
    });
  });

  test('a 500 for one recipient retries only that one, with backoff; the others get theirs at once', async () => {
    // The first DM (1.4 to UPLAN1) goes out; the second (1.4 to UPLAN2) meets a 500.
    const logger = recordingLogger();
    const now = bogota('2024-06-21');
    const deps = jobDeps(database.db, slack, logger);
    const { platform } = deps;
    let armed = false;
    deps.platform = {
      ...platform,
      async directMessage(userId, notice) {
        await platform.directMessage(userId, notice);
        if (!armed) slack.fail('conversations.open', { status: 500 });
        armed = true;
      },
    };
    const first = await runReminderSweep({ ...deps, now });
    const key = `reminder:${activityIds.get('1.4')}:2024-06-30:before-7d`;
    expect(first.attempted.retrying).toEqual([key]);
    expect(first.attempted.sent).toHaveLength(4);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'delivery failed; will retry' }),
    );
    const failed = await findDelivery(database.db, recipientKey(key, 'UPLAN2'));
    expect(failed?.lastError).toBe('server_error: HTTP 500');
    expect(failed?.nextAttemptAt).toEqual(new Date(now.getTime() + 60_000));
    expect((await findDelivery(database.db, recipientKey(key, 'UPLAN1')))?.status).toBe('sent');
    expect(directMessages(slack)).toHaveLength(9);

    await sweep(new Date(now.getTime() + 61_000));
    expect(directMessages(slack).sort()).toEqual(toBoth(ON_30_JUNE).sort());
  });

  test('a deactivated member is skipped and reported to the planning channel; the others still get theirs', async () => {
    slack.fail('conversations.open', { error: 'user_not_found' });
    const now = bogota('2024-06-21');
    const first = await runReminderSweep({ ...jobDeps(database.db, slack, recordingLogger()), now });
    const key = `reminder:${activityIds.get('1.4')}:2024-06-30:before-7d`;
    expect(first.attempted.sent).toContain(key);
    expect(await findDelivery(database.db, recipientKey(key, 'UPLAN1'))).toMatchObject({
      status: 'unreachable',
      nextAttemptAt: null,
      lastError: 'unreachable: user_not_found',
    });
    expect(directMessages(slack)).toHaveLength(9);
    expect(directMessages(slack)).toContain(`UPLAN2: ${ON_30_JUNE[0]}`);
    expect(channelPosts(slack)).toContain('No pude enviarle recordatorios a <@UPLAN1>: Slack no encuentra la cuenta.');
    const later = await sweep(new Date(now.getTime() + 3_600_000));
    expect(later.retried).toEqual(noOutcomes());
  });

  test('a message Slack refuses for itself is recorded and not retried', async () => {
    slack.fail('conversations.open', { error: 'invalid_arguments' });
    const now = bogota('2024-06-21');
    const first = await sweep(now);
    const [key] = first.attempted['gave-up'];
    expect(await findDelivery(database.db, recipientKey(key as string, 'UPLAN1'))).toMatchObject({
      status: 'failed',
      nextAttemptAt: null,
    });
    const later = await sweep(new Date(now.getTime() + 3_600_000));
    expect(later.retried).toEqual(noOutcomes());
  });

  test('a crashed attempt (still pending after its lease) is taken over by the next sweep', async () => {
    const now = bogota('2024-06-21');
    await database.db.delivery.create({
      data: {
        key: 'reminder:999:2024-06-30:due',
        kind: 'reminder',
        status: 'pending',
        attempts: 1,
        nextAttemptAt: new Date(now.getTime() - 1),
        payload: JSON.stringify({
          type: 'direct',
          recipients: ['UPRENSA'],
          delivered: [],
          message: { text: 'Recordatorio pendiente', blocks: [] },
        }),
      },
    });
    const report = await sweep(now);
    expect(report.retried.sent).toEqual(['reminder:999:2024-06-30:due']);
    expect(directMessages(slack)).toContain('UPRENSA: Recordatorio pendiente');
  });
});
