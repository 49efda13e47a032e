import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import type { Provider } from '../../src/storage/target.js';
import { createScratchDatabase, postgresReachable } from '../helpers/database.js';
import { startSlackApi } from '../helpers/slackApi.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import { RESPONSABLE, rindeEnv, SIGNING_SECRET, seedPlanDueNow, startRinde } from '../production/helpers.js';

// kill -9 in the middle of a burst of /avance: every entry Slack was told "Avance registrado" for is
// stored, and none twice. (An entry stored whose answer the kill cut off is allowed: the user sees an
// error and may retype it; telling the two apart is the request-identity dedupe's job.)

const BURST = 300;
const CONCURRENCY = 12;
const KILL_AFTER_ACKS = 60;

async function burstAndKill(provider: Provider) {
  const scratch = await createScratchDatabase(provider);
  const api = await startSlackApi();
  try {
    await seedPlanDueNow(scratch.url);
    const rinde = await startRinde(
      rindeEnv(scratch.url, api.apiUrl, { SWEEP_CRON: '0 0 1 1 *', DIGEST_CRON: '0 0 1 1 *' }),
    );
    await rinde.waitForLog('slack reachable');
    const requests = slackRequests(`http://127.0.0.1:${rinde.port}/slack/events`, SIGNING_SECRET);
    const acknowledged: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < BURST) {
        const note = `rafaga-${next++}`;
        const code = `1.${(next % 4) + 1}`;
        try {
          const response = await requests.command(
            slashCommand({
              command: '/avance',
              // A burst soon passes the targets: confirmed as a user would, so every command logs.
              text: `${code} 1 ${note} confirmar`,
              user_id: RESPONSABLE,
              trigger_id: `trigger-${note}`,
              response_url: api.responseUrl(note),
            }),
          );
          if (response.status === 200 && response.text.includes('Avance registrado')) acknowledged.push(note);
        } catch {
          // The connection died with the process: not acknowledged.
        }
        if (acknowledged.length === KILL_AFTER_ACKS) rinde.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await rinde.exited).toBeNull(); // killed, not exited
    const database = await openDatabase(scratch.url);
    try {
      const rows = await database.prisma.progressEntry.findMany({ select: { note: true } });
      const stored = rows.map((row) => row.note ?? '');
      const counts = new Map<string, number>();
      for (const note of stored) counts.set(note, (counts.get(note) ?? 0) + 1);
      return {
        acknowledged,
        lost: acknowledged.filter((note) => !counts.has(note)),
        doubled: [...counts].filter(([, count]) => count > 1).map(([note]) => note),
        stored: stored.length,
      };
    } finally {
      await database.close();
    }
  } finally {
    await api.close();
    await scratch.drop();
  }
}

describe('kill -9 mid-burst of /avance', () => {
  it('SQLite: every acknowledged entry is stored, none doubled', async () => {
    const result = await burstAndKill('sqlite');
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(result.lost).toEqual([]);
    expect(result.doubled).toEqual([]);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged.length);
  }, 60_000);

  it.runIf(postgresReachable)(
    'PostgreSQL: every acknowledged entry is stored, none doubled',
    async () => {
      const result = await burstAndKill('postgresql');
      expect(result.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(result.lost).toEqual([]);
      expect(result.doubled).toEqual([]);
      expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged.length);
    },
    60_000,
  );
});
