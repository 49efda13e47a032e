import { availableEngines, type Scratch, scratchDatabase } from './lib/databases.js';
import { type LoadResult, type LoadTarget, runLoad } from './lib/load.js';
import { BENCH_SIGNING_SECRET as SECRET, type Server, startFloor, startRinde } from './lib/processes.js';
import { type BenchCommand, countEntries, seedSamplePlan } from './lib/seed.js';
import { type BenchSlack, startBenchSlack } from './lib/slackStandIn.js';
import { printTable } from './lib/stats.js';

// /avance through the real HTTP receiver with signed requests, at concurrency 1, 10 and 50, against
// two floors and Rinde on SQLite and PostgreSQL, all in one run on this machine.

const CONCURRENCY = [1, 10, 50];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);

interface Row {
  name: string;
  results: LoadResult[];
  stored?: string;
}

async function measure(
  name: string,
  server: Server & { port: number },
  target: Omit<LoadTarget, 'port' | 'pid'>,
  slack: BenchSlack,
) {
  const results: LoadResult[] = [];
  try {
    for (const concurrency of CONCURRENCY) {
      results.push(await runLoad({ ...target, port: server.port, pid: server.pid }, slack, concurrency, SECONDS));
    }
  } finally {
    await server.stop();
  }
  return { name, results };
}

async function measureRinde(scratch: Scratch, slack: BenchSlack): Promise<Row> {
  try {
    const commands = await seedSamplePlan(scratch.url);
    const server = await startRinde(scratch.url, slack.apiUrl, { LOG_LEVEL: 'info' });
    const target = { signingSecret: SECRET, commands, doneAt: 'reply' } as const;
    const row: Row = await measure(`Rinde, ${scratch.engine}`, server, target, slack);
    // Every reply counted above (in the ack, or at the response_url after an empty ack) is for an
    // entry in the database; the warm-ups add a few more.
    const measured = row.results.reduce((sum, result) => sum + result.count, 0);
    row.stored = `${await countEntries(scratch.url)} entries for ${measured} measured replies`;
    return row;
  } finally {
    await scratch.drop();
  }
}

async function main() {
  const slack = await startBenchSlack();
  // The floors store whatever they get: one command is as good as another.
  const floorCommands: BenchCommand[] = [{ text: '1.2 1', userId: 'U0BENCH1' }];
  const floorTarget = { signingSecret: SECRET, commands: floorCommands, doneAt: 'ack' } as const;
  const rows: Row[] = [];
  try {
    rows.push(await measure('floor: Bolt, ack only', await startFloor('bare', SECRET), floorTarget, slack));
    rows.push(await measure('floor: Bolt + 1 SQLite insert', await startFloor('insert', SECRET), floorTarget, slack));
    for (const engine of await availableEngines()) rows.push(await measureRinde(await scratchDatabase(engine), slack));
  } finally {
    await slack.close();
  }
  printTable(
    `/avance, signed requests through Bolt's HTTP receiver (${SECONDS} s per cell, after 1 s of warm-up)`,
    ['server', 'concurrency', 'requests/s', 'p50 ms', 'p99 ms', 'ack p50 ms', 'errors', 'server CPU µs', 'load CPU µs'],
    rows.flatMap((row) =>
      row.results.map((r) => [
        row.name,
        r.concurrency,
        r.perSecond,
        r.p50,
        r.p99,
        r.ackP50,
        r.errors,
        r.serverCpuUs,
        r.generatorCpuUs,
      ]),
    ),
  );
  for (const row of rows) if (row.stored !== undefined) console.log(`${row.name}: ${row.stored}`);
  const floor = rows[1];
  for (const row of rows.slice(2)) {
    for (const [index, result] of row.results.entries()) {
      const base = floor?.results[index];
      if (base === undefined) continue;
      const verdict = result.perSecond >= base.perSecond / 2 && result.p99 <= base.p99 * 2 ? 'meets' : 'misses';
      console.log(
        `${row.name} at ${result.concurrency}: ${(result.perSecond / base.perSecond).toFixed(2)}× the insert floor's throughput, ` +
          `p99 ${(result.p99 / base.p99).toFixed(2)}× — ${verdict} the goal (≥ 0.5×, ≤ 2×)`,
      );
    }
  }
}

await main();
