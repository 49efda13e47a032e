import { availableEngines, type Scratch, scratchDatabase } from './lib/databases.js';
import { type LoadResult, type LoadTarget, runLoad } from './lib/load.js';
import { BENCH_SIGNING_SECRET as SECRET, type Server, startFloor, startRinde } from './lib/processes.js';
import { type BenchCommand, countEntries, seedSamplePlan } from './lib/seed.js';
import { type BenchSlack, startBenchSlack } from './lib/slackStandIn.js';
import { printTable } from './lib/stats.js';

// /avance through the real HTTP receiver with signed requests, at concurrency 1, 10 and 50, against
// the floors and Rinde on SQLite and PostgreSQL, all in one run on this machine. The goal is set
// against the SQLite insert floor; a PostgreSQL insert floor shows what the database itself costs.

const CONCURRENCY = [1, 10, 50];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
// Each server starts cold: before its first cell it serves this long at concurrency 10, unmeasured,
// so that concurrency 1 measures a running server rather than its JIT warming up (Rinde has far more
// code to compile than a floor). Each cell has its own second of warm-up on top.
const SERVER_WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);

interface Row {
  name: string;
  results: LoadResult[];
  stored?: string;
}

type Target = Omit<LoadTarget, 'port' | 'pid'>;

async function measure(name: string, server: Server & { port: number }, target: Target, slack: BenchSlack) {
  const results: LoadResult[] = [];
  const load = { ...target, port: server.port, pid: server.pid };
  try {
    await runLoad(load, slack, 10, SERVER_WARMUP_SECONDS, 0);
    for (const concurrency of CONCURRENCY) results.push(await runLoad(load, slack, concurrency, SECONDS));
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

async function measurePostgresFloor(slack: BenchSlack, target: Target): Promise<Row> {
  const scratch = await scratchDatabase('postgresql');
  try {
    const server = await startFloor('postgresql', SECRET, scratch.url);
    return await measure('floor: Bolt + 1 PostgreSQL insert', server, target, slack);
  } finally {
    await scratch.drop();
  }
}

/** Each Rinde cell against a floor's cell at the same concurrency. */
function compare(rinde: Row, floor: Row, floorName: string, goal: boolean): void {
  for (const [index, result] of rinde.results.entries()) {
    const base = floor.results[index];
    if (base === undefined) continue;
    const throughput = result.perSecond / base.perSecond;
    const p99 = result.p99 / base.p99;
    const verdict = throughput >= 0.5 && p99 <= 2 ? 'meets' : 'misses';
    console.log(
      `${rinde.name} at ${result.concurrency}: ${throughput.toFixed(2)}× ${floorName}'s throughput, ` +
        `p99 ${p99.toFixed(2)}×${goal ? ` — ${verdict} the goal (≥ 0.5×, ≤ 2×)` : ''}`,
    );
  }
}

async function main() {
  const slack = await startBenchSlack();
  // The floors store whatever they get: one command is as good as another.
  const floorCommands: BenchCommand[] = [{ text: '1.2 1', userId: 'U0BENCH1' }];
  const floorTarget: Target = { signingSecret: SECRET, commands: floorCommands, doneAt: 'ack' };
  const engines = await availableEngines();
  const rows: Row[] = [];
  const rindes = new Map<string, Row>();
  let insertFloor: Row;
  let postgresFloor: Row | undefined;
  try {
    rows.push(await measure('floor: Bolt, ack only', await startFloor('bare', SECRET), floorTarget, slack));
    insertFloor = await measure(
      'floor: Bolt + 1 SQLite insert',
      await startFloor('insert', SECRET),
      floorTarget,
      slack,
    );
    rows.push(insertFloor);
    if (engines.includes('postgresql')) {
      postgresFloor = await measurePostgresFloor(slack, floorTarget);
      rows.push(postgresFloor);
    }
    for (const engine of engines) {
      const row = await measureRinde(await scratchDatabase(engine), slack);
      rindes.set(engine, row);
      rows.push(row);
    }
  } finally {
    await slack.close();
  }
  printTable(
    `/avance, signed requests through Bolt's HTTP receiver (${SECONDS} s per cell, after 1 s of warm-up; ${SERVER_WARMUP_SECONDS} s per server before its first)`,
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
  for (const rinde of rindes.values()) compare(rinde, insertFloor, 'the SQLite insert floor', true);
  const postgresRinde = rindes.get('postgresql');
  if (postgresRinde && postgresFloor) compare(postgresRinde, postgresFloor, 'the PostgreSQL insert floor', false);
}

await main();
