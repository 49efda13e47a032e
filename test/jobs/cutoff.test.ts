import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { cutoffKey, postCutoffReport } from '../../src/jobs/cutoff.js';
import { findDelivery } from '../../src/storage/deliveries.js';
import { appendProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { bogota, jobDeps, loadSample, PLANNING_CHANNEL, recordingLogger } from './fixtures.js';

const CUTOFF_DATES = ['04-30', '08-31', '12-31'];

describeEachEngine('postCutoffReport', (database) => {
  let slack: SlackApiStub;
  let planId: number;
  beforeAll(async () => {
    slack = await startSlackApi();
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(async () => {
    slack.calls.length = 0;
    planId = await loadSample(database.db);
    const activity = await database.db.activity.findFirstOrThrow({ where: { code: '1.2' } });
    // Logged in September for work done in August: it counts in the 31 August cut-off.
    await appendProgress(database.db, {
      activityId: activity.id,
      amount: 10,
      effectiveOn: '2024-08-30',
      authorId: 'UPRENSA',
      source: 'chat',
      evidenceUrl: 'https://tauramena.gov.co/agosto',
    });
  });

  const run = (date: string, time = '17:00') =>
    postCutoffReport({ ...jobDeps(database.db, slack), now: bogota(date, time), cutoffDates: CUTOFF_DATES });
  const posts = () => slack.callsTo('chat.postMessage').filter((call) => call.body.channel === PLANNING_CHANNEL);

  it('posts once, on the first business day of the cut-off: Sat 31 Aug 2024 waits for Mon 2 Sep', async () => {
    expect(await run('2024-08-30')).toEqual({ status: 'not-due' }); // the April cut-off is before the vigencia
    expect(await run('2024-08-31')).toEqual({ status: 'not-due' }); // Saturday
    expect(await run('2024-09-02')).toEqual({ status: 'sent', key: cutoffKey(planId, '2024-08-31') });
    expect(await run('2024-09-02', '18:00')).toEqual({
      status: 'already-claimed',
      key: cutoffKey(planId, '2024-08-31'),
    });
    expect(await run('2024-09-03')).toEqual({ status: 'already-claimed', key: cutoffKey(planId, '2024-08-31') });

    expect(posts()).toHaveLength(1);
    const [post] = posts();
    expect(String(post?.body.text)).toBe(
      'Informe de seguimiento con corte al 31 ago 2024. Faltan 9 días hábiles para publicar el informe (plazo: 13 de septiembre de 2024). Avance promedio 2 %.',
    );
    const blocks = JSON.stringify(post?.body.blocks);
    expect(blocks).toContain('<https://tauramena.gov.co/agosto|evidencia 1>');
    expect(blocks).toContain('10/40 (25 %)');
    expect((await findDelivery(database.db, cutoffKey(planId, '2024-08-31')))?.status).toBe('sent');
  });

  it('catches up within the publication window, and not after it', async () => {
    expect(await run('2024-09-13')).toMatchObject({ status: 'sent' }); // the deadline itself
    expect(await run('2024-12-31')).toMatchObject({ status: 'sent', key: cutoffKey(planId, '2024-12-31') });
    slack.calls.length = 0;
    expect(await run('2025-01-17')).toEqual({ status: 'not-due' }); // past 16 Jan 2025
    expect(posts()).toEqual([]);
  });

  it('posts nothing without a planning channel, and retries a failed post later', async () => {
    const logger = recordingLogger();
    const noChannel = { ...jobDeps(database.db, slack, logger), planningChannel: undefined };
    expect(await postCutoffReport({ ...noChannel, now: bogota('2024-09-02'), cutoffDates: CUTOFF_DATES })).toEqual({
      status: 'no-channel',
    });
    expect(logger.lines.map((line) => line.message)).toEqual(['cut-off report skipped: set PLANNING_CHANNEL']);

    slack.fail('chat.postMessage', { status: 500 });
    expect(await run('2024-09-02')).toMatchObject({ status: 'retrying' });
    expect((await findDelivery(database.db, cutoffKey(planId, '2024-08-31')))?.status).toBe('failed');
  });
});
