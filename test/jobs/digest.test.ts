import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadDigest } from '../../src/digest/load.js';
import { renderDigestText } from '../../src/digest/text.js';
import { createCalendar } from '../../src/domain/calendar/index.js';
import { buildDigest, isoWeekOf } from '../../src/domain/digest.js';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { runReminderSweep } from '../../src/jobs/reminderSweep.js';
import { sendWeeklyDigest } from '../../src/jobs/weeklyDigest.js';
import { digestMessage } from '../../src/platforms/slack/blocks/digest.js';
import type { Db } from '../../src/storage/database.js';
import { findDelivery } from '../../src/storage/deliveries.js';
import { describeEachEngine } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { bogota, jobDeps, loadSample, PLANNING_CHANNEL } from './fixtures.js';

test('isoWeekOf follows ISO 8601 across year ends', () => {
  expect(isoWeekOf('2024-07-08')).toBe('2024-W28');
  expect(isoWeekOf('2024-12-30')).toBe('2025-W01'); // Monday of the week holding 2 Jan 2025
  expect(isoWeekOf('2027-01-01')).toBe('2026-W53'); // a Friday: still 2026's last week
});

describe('buildDigest', () => {
  const digest = buildDigest({
    plan: { id: 1, entity: 'Alcaldía de Prueba', startsOn: '2025-01-01', endsOn: '2025-12-31' },
    subcomponents: [
      { code: '1', name: 'Información' },
      { code: '2', name: 'Diálogo' },
    ],
    activities: [
      {
        id: 1,
        code: '1.1',
        title: 'Informe',
        subcomponentCode: '1',
        target: 2,
        unit: 'count',
        progress: 2,
        dueDates: ['2025-03-31'],
        offices: [{ id: 1, name: 'Planeación', memberCount: 1 }],
      },
      {
        id: 2,
        code: '1.2',
        title: 'Piezas',
        subcomponentCode: '1',
        target: 4,
        unit: 'count',
        progress: 1,
        dueDates: ['2025-03-31', '2025-06-30'],
        offices: [{ id: 2, name: 'Prensa', memberCount: 0 }],
      },
      {
        id: 3,
        code: '2.1',
        title: 'Audiencia',
        subcomponentCode: '2',
        target: 100,
        unit: 'percent',
        progress: 0,
        dueDates: ['2025-07-10'],
        offices: [{ id: 1, name: 'Planeación', memberCount: 1 }],
      },
    ],
    recentEntries: [],
    today: '2025-07-01',
    bands: DEFAULT_STATUS_BANDS,
  });

  test('indicator, average and a status per subcomponent', () => {
    expect(digest.summary).toMatchObject({
      activities: 3,
      completed: 1,
      indicator: 1 / 3,
      average: (1 + 0.25 + 0) / 3,
    });
    expect(digest.subcomponents.map((s) => [s.code, s.average, s.status])).toEqual([
      ['1', 0.625, 'yellow'],
      ['2', 0, 'red'],
    ]);
  });

  test('what is due soon, what is overdue (only the latest missed date of an activity), who has no member', () => {
    expect(digest.dueSoon.map((d) => [d.code, d.dueOn, d.missing])).toEqual([['2.1', '2025-07-10', 100]]);
    expect(digest.overdue.map((d) => [d.code, d.dueOn, d.missing, d.daysLate])).toEqual([['1.2', '2025-06-30', 3, 1]]);
    expect(digest.unstaffed).toEqual([{ office: 'Prensa', activityCodes: ['1.2'] }]);
  });
});

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

async function logEntry(
  db: Db,
  code: string,
  entry: { amount: number; on: string; by: string; note?: string; evidence?: string },
) {
  const activity = await db.activity.findFirstOrThrow({ where: { code }, select: { id: true } });
  await db.progressEntry.create({
    data: {
      activityId: activity.id,
      amountTenThousandths: BigInt(Math.round(entry.amount * 10_000)),
      note: entry.note ?? null,
      evidenceUrl: entry.evidence ?? null,
      authorId: entry.by,
      authorName: entry.by === 'UPLAN1' ? 'Ana Pérez' : null,
      source: 'chat',
      effectiveOn: entry.on,
      recordedAt: bogota(entry.on, '10:00'),
    },
  });
}

describeEachEngine('the weekly digest', (database) => {
  let planId: number;
  beforeEach(async () => {
    planId = await loadSample(database.db);
    await logEntry(database.db, '1.5', {
      amount: 1,
      on: '2024-06-27',
      by: 'UPLAN1',
      note: 'Caracterización actualizada',
      evidence: 'https://tauramena.gov.co/caracterizacion.pdf',
    });
    await logEntry(database.db, '2.1', { amount: 1, on: '2024-07-03', by: 'UPLAN2', note: 'Evento de los 100 días' });
    await logEntry(database.db, '1.2', { amount: 10, on: '2024-07-04', by: 'UPRENSA' });
  });

  test('content on Mon 8 Jul 2024: figures, due soon, overdue, last 7 days of progress and unstaffed offices', async () => {
    const digest = await loadDigest(database.db, planId, bogota('2024-07-08'), {
      timeZone: 'America/Bogota',
      bands: DEFAULT_STATUS_BANDS,
    });
    expect(digest.week).toBe('2024-W28');
    expect(digest.summary).toMatchObject({ activities: 15, completed: 2 });
    expect(digest.subcomponents.map((s) => s.code)).toEqual(['1', '2', '3']);
    expect(digest.dueSoon.map((d) => `${d.code} ${d.dueOn}`)).toEqual(['1.1 2024-07-15']);
    expect(digest.overdue.map((d) => `${d.code} ${d.dueOn}`)).toEqual([
      '1.4 2024-06-30',
      '2.2 2024-06-30',
      '2.3 2024-06-30',
    ]);
    // The 27 June entry is older than 7 days; the others are listed with who logged them.
    expect(digest.recent.map((e) => `${e.activityCode} ${e.amount} ${e.author}`)).toEqual([
      '2.1 1 UPLAN2',
      '1.2 10 UPRENSA',
    ]);
    expect(digest.unstaffed.map((u) => u.office)).toContain('Dependencia que rinde cuentas');

    const text = renderDigestText(digest, DEFAULT_STATUS_BANDS);
    expect(text).toContain('Indicador del plan (actividades desarrolladas / programadas): 2/15 = 13 %');
    expect(text).toContain('Vence en los próximos 14 días (1):\n• 15 jul 2024 · 1.1 Definir los temas prioritarios');
    expect(text).toContain('• 2.1 +1 por UPLAN2 (3 jul 2024) — Evento de los 100 días · sin evidencia');

    const message = digestMessage(digest, DEFAULT_STATUS_BANDS);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Resumen semanal · Alcaldía Municipal de Tauramena - Casanare' },
    });
  });

  test('posted once per week with its chart, however many times the job fires', async () => {
    const deps = jobDeps(database.db, slack);
    const first = await sendWeeklyDigest({ ...deps, now: bogota('2024-07-08') });
    expect(first).toEqual({ status: 'sent', key: `digest:${planId}:2024-W28` });
    const again = await sendWeeklyDigest({ ...deps, now: bogota('2024-07-08', '08:01') });
    expect(again.status).toBe('already-claimed');
    expect(slack.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual([PLANNING_CHANNEL]);
    const [upload] = slack.callsTo('files.completeUploadExternal');
    expect(upload?.body.channel_id).toBe(PLANNING_CHANNEL);
    expect(JSON.stringify(upload?.body.files)).toContain('Cumplimiento por subcomponente');
    expect(slack.callsTo('files.getUploadURLExternal')[0]?.body.filename).toBe('cumplimiento-al-2024-07-08.png');
  });

  test('on a holiday Monday (1 Jul 2024, San Pedro y San Pablo) it waits for Tuesday 08:00', async () => {
    const deps = jobDeps(database.db, slack);
    const outcome = await sendWeeklyDigest({ ...deps, now: bogota('2024-07-01') });
    expect(outcome).toEqual({ status: 'deferred', key: `digest:${planId}:2024-W27`, until: bogota('2024-07-02') });
    expect(slack.callsTo('chat.postMessage')).toEqual([]);
    await runReminderSweep({ ...deps, now: bogota('2024-07-02', '07:55') });
    expect(slack.callsTo('files.completeUploadExternal')).toEqual([]);
    await runReminderSweep({ ...deps, now: bogota('2024-07-02', '08:00') });
    expect(slack.callsTo('files.completeUploadExternal')).toHaveLength(1);
    expect(await findDelivery(database.db, `digest:${planId}:2024-W27`)).toMatchObject({ status: 'sent' });
  });

  test('a failed chart upload is retried without posting the message again', async () => {
    const deps = jobDeps(database.db, slack);
    slack.fail('files.getUploadURLExternal', { status: 500 });
    const now = bogota('2024-07-08');
    expect((await sendWeeklyDigest({ ...deps, now })).status).toBe('retrying');
    await runReminderSweep({ ...deps, now: new Date(now.getTime() + 61_000) });
    const digestPosts = slack
      .callsTo('chat.postMessage')
      .filter((c) => String(c.body.text).startsWith('Resumen semanal'));
    expect(digestPosts).toHaveLength(1);
    expect(slack.callsTo('files.completeUploadExternal')).toHaveLength(1);
  });
});

test('the calendar the jobs use knows configured extra holidays', () => {
  const calendar = createCalendar({ extraHolidays: ['2024-07-08'] });
  expect(calendar.holidayMap(2024).get('2024-07-08')).toBe('Festivo adicional');
});
