import { openDatabase } from '../src/storage/database.js';
import type { LoggingQuery } from '../src/storage/ledger/index.js';
import type { NewProgressEntry } from '../src/storage/progress.js';
import { scratchDatabase } from './lib/databases.js';
import { seedSamplePlan } from './lib/seed.js';
import { elapsedMs, printTable } from './lib/stats.js';

// The two parts of an /avance on SQLite (the ledger's `log` is its read, then its append), timed one by
// one in a loop: as they are, and with a few MB of other memory touched before each call, as a running
// bot does between two commands (Bolt, HTTP, the log line, ~75 KB of fresh allocation). The gap between the rows is
// what memory latency adds on this machine; it is why the /avance ratios move between machines. The
// append's time is mostly its commit's fsync (synchronous = FULL); the read shows the effect plainly.

const CALLS = 5_000;
const POLLUTION_MB = [0, 2, 4, 8];

/** Walks `megabytes` of memory one cache line at a time, evicting what the caches held before. */
function cacheEvictor(megabytes: number): () => void {
  const lines = new Float64Array((megabytes * 2 ** 20) / 8);
  return () => {
    for (let index = 0; index < lines.length; index += 8) lines[index] = (lines[index] ?? 0) + 1;
  };
}

/** Mean µs per call, timing only the call itself. */
async function timeCalls(evict: () => void, call: (index: number) => Promise<unknown>): Promise<number> {
  let totalMs = 0;
  for (let index = 0; index < CALLS; index++) {
    evict();
    const started = process.hrtime.bigint();
    await call(index);
    totalMs += elapsedMs(started);
  }
  return (totalMs * 1000) / CALLS;
}

async function main() {
  const scratch = await scratchDatabase('sqlite');
  const rows: (string | number)[][] = [];
  try {
    const commands = await seedSamplePlan(scratch.url);
    const database = await openDatabase(scratch.url);
    try {
      const queries: LoggingQuery[] = commands.map(({ text, userId }) => ({
        planId: null,
        code: text.split(' ')[0] ?? '',
        userId,
      }));
      const entries: NewProgressEntry[] = [];
      for (const query of queries) {
        const { activity } = await database.ledger.loggingContext(query);
        if (activity === null) throw new Error(`the seeded plan has no activity ${query.code}`);
        entries.push({
          activityId: activity.id,
          amount: 1,
          effectiveOn: '2024-06-01',
          authorId: query.userId,
          source: 'chat',
        });
      }
      const read = (index: number) => database.ledger.loggingContext(queries[index % queries.length] as LoggingQuery);
      const append = (index: number) => database.ledger.append(entries[index % entries.length] as NewProgressEntry);
      await timeCalls(() => undefined, read); // warm-up: JIT and the page cache
      await timeCalls(() => undefined, append);
      for (const megabytes of POLLUTION_MB) {
        const evict = cacheEvictor(megabytes);
        rows.push([megabytes, await timeCalls(evict, read), await timeCalls(evict, append)]);
      }
    } finally {
      await database.close();
    }
  } finally {
    await scratch.drop();
  }
  printTable(
    `The ledger's two calls on SQLite, µs per call (mean of ${CALLS.toLocaleString('en-US')}, sample plan)`,
    ['MB touched before each call', 'read (context) µs', 'append µs'],
    rows,
  );
}

await main();
