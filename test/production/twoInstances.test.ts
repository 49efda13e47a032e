import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMoment } from '../../src/domain/reminders/index.js';
import { openDatabase } from '../../src/storage/database.js';
import { createScratchDatabase, postgresReachable, type ScratchDatabase } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import {
  eventually,
  expectNoDuplicatePosts,
  RESPONSABLE,
  type RindeProcess,
  remindersDueNow,
  rindeEnv,
  SIGNING_SECRET,
  seedPlanDueNow,
  sleep,
  startRinde,
  TIME_ZONE,
} from './helpers.js';

const DIGEST_CHANNEL = 'C0RESUMEN';
const PLANNING_CHANNEL = 'C0PLANEACION';

describe.skipIf(!postgresReachable)('two instances in HTTP mode on one PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let api: SlackApiStub;
  let instances: RindeProcess[] = [];
  let env: Record<string, string>;
  let expected: { key: string; recipients: string[] }[];

  beforeAll(async () => {
    scratch = await createScratchDatabase('postgresql');
    await seedPlanDueNow(scratch.url);
    api = await startSlackApi();
    // Today is a cut-off too, so the cut-off report is due along with the reminders and the digest.
    const cutoffToday = localMoment(new Date(), TIME_ZONE).date.slice(5);
    env = rindeEnv(scratch.url, api.apiUrl, { DIGEST_CHANNEL, PLANNING_CHANNEL, CUTOFF_DATES: cutoffToday });
    // Read before the instances start: their first sweeps claim what is due, and a preview leaves claimed keys out.
    expected = await remindersDueNow(scratch.url, env);
    instances = await Promise.all([startRinde(env), startRinde(env)]);
    await Promise.all(instances.map((instance) => instance.waitForLog('slack reachable')));
  });
  afterAll(async () => {
    const codes = await Promise.all(instances.map((instance) => instance.stop()));
    await api?.close();
    await scratch?.drop();
    expect(codes).toEqual(instances.map(() => 0));
  });

  it('both answer /avance, and every reminder and the digest go out once', async () => {
    const replies = await Promise.all(
      instances.map((instance, index) =>
        slackRequests(`http://127.0.0.1:${instance.port}/slack/events`, SIGNING_SECRET).command(
          slashCommand({
            command: '/avance',
            text: `1.4 ${index + 1}`,
            user_id: RESPONSABLE,
            trigger_id: `trigger-${index}`,
            response_url: api.responseUrl(`instance-${index}`),
          }),
        ),
      ),
    );
    // Each answers once the entry is stored: in its ack, or (on a machine slow enough to pass the ack
    // budget) through its response_url, never both.
    expect(replies.map((reply) => reply.status)).toEqual([200, 200]);
    const answers = await Promise.all(
      replies.map(async (reply, index) => {
        if (reply.text !== '') return (reply.json() as { text?: unknown }).text;
        const posted = await eventually(async () => {
          const response = api.responses.find((candidate) => candidate.id === `instance-${index}`);
          expect(response).toBeDefined();
          return response;
        });
        return posted?.body.text;
      }),
    );
    for (const text of answers) expect(String(text)).toMatch(/Avance registrado .*1\.4 /);
    expect(api.responses.filter((response) => replies[Number(response.id.split('-')[1])]?.text !== '')).toEqual([]);

    // Several sweeps (one a second in each process) after everything due went out.
    const database = await openDatabase(scratch.url);
    try {
      const sent = await eventually(async () => {
        const rows = await database.prisma.delivery.findMany({ where: { kind: 'reminder' } });
        expect(
          rows
            .filter((row) => row.status === 'sent')
            .map((row) => row.key)
            .sort(),
        ).toEqual(expected.map((reminder) => reminder.key).sort());
        return rows;
      });
      await sleep(3000);
      expect(await database.prisma.delivery.count({ where: { kind: 'reminder' } })).toBe(sent.length);
      expect(sent.every((row) => row.attempts === 1)).toBe(true);

      const dms = api.callsTo('chat.postMessage').filter((call) => String(call.body.channel).startsWith('D'));
      expect(dms).toHaveLength(expected.reduce((sum, reminder) => sum + reminder.recipients.length, 0));
      expectNoDuplicatePosts(api.calls);

      const digests = await database.prisma.delivery.findMany({ where: { kind: 'digest' } });
      expect(digests).toHaveLength(1);
      const digestPosts = api.callsTo('chat.postMessage').filter((call) => call.body.channel === DIGEST_CHANNEL);
      expect(digestPosts).toHaveLength(digests[0]?.status === 'sent' ? 1 : 0);
      expect(await database.prisma.progressEntry.count({ where: { authorId: RESPONSABLE } })).toBe(2);

      // At most once: exactly once wherever the scheduler runs the cut-off job on a business day.
      const cutoffs = await database.prisma.delivery.findMany({ where: { kind: 'cutoff' } });
      expect(cutoffs.length).toBeLessThanOrEqual(1);
      const cutoffPosts = api.callsTo('chat.postMessage').filter((call) => call.body.channel === PLANNING_CHANNEL);
      expect(cutoffPosts.length - 2).toBe(cutoffs.filter((row) => row.status === 'sent').length); // 2: the /avance notes
    } finally {
      await database.close();
    }
    if (expected.length === 0) console.warn('Hoy no es día hábil: no había recordatorios que enviar.');
  }, 60_000);
});
