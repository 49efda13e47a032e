import { availableEngines, type Scratch, scratchDatabase } from './lib/databases.js';
import { type LoadResult, type LoadTarget, runLoad } from './lib/load.js';
import { BENCH_SIGNING_SECRET as SECRET, type Server, startFloor, startRinde } from './lib/processes.js';
import { type BenchCommand, countEntries, seedSamplePlan } from './lib/seed.js';
import { type BenchSlack, startBenchSlack } from './lib/slackStandIn.js';
import { median, printTable, spread } from './lib/stats.js';

// /avance through the real HTTP receiver with signed requests, at concurrency 10 and 50, against
// the floors and Rinde on SQLite and PostgreSQL, all in one run on this machine. The goal is set
// against each engine's own insert floor: at least half its throughput, p99 at most twice its.
// BENCH_BASELINE=<folder of another built checkout> runs that build's Rinde in the same rounds too,
// for a before/after taken on the same minutes of the machine.
//
// A shared VM's speed drifts by tens of per cent within minutes, which once made a ratio between a
// floor measured first and Rinde measured two minutes later say more about the machine than about
// Rinde. So every server runs at once, idle but for its turn, and each cell is measured in rounds:
// in a round every server takes its turn at that concurrency, back to back. A ratio is taken within
// each round and the median of the rounds is reported, with their spread.

const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '10,50').split(',').map(Number);
const BASELINE = process.env.BENCH_BASELINE;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Each server starts cold: before the first round it serves this long at concurrency 10, unmeasured,
// so that concurrency 1 measures a running server rather than its JIT warming up (Rinde has far more
// code to compile than a floor). Each turn has its own second of warm-up on top.
const SERVER_WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);

interface Contender {
  name: string;
  server: Server & { port: number };
  load: LoadTarget;
  /** Per concurrency (in CONCURRENCY's order), one result per round. */
  rounds: LoadResult[][];
  /** The scratch database it stores into, dropped at the end. */
  scratch?: Scratch;
  /** Rinde itself rather than a floor: judged against the floors, its stored entries counted. */
  isRinde: boolean;
}

type Target = Omit<LoadTarget, 'port' | 'pid'>;

function contender(name: string, server: Server & { port: number }, target: Target, scratch?: Scratch): Contender {
  const load = { ...target, port: server.port, pid: server.pid };
  return { name, server, load, rounds: CONCURRENCY.map(() => []), isRinde: false, ...(scratch ? { scratch } : {}) };
}

async function startRindeOn(scratch: Scratch, slack: BenchSlack, root?: string): Promise<Contender> {
  const commands = await seedSamplePlan(scratch.url);
  const server = await startRinde(scratch.url, slack.apiUrl, { LOG_LEVEL: 'info' }, root);
  const target: Target = { signingSecret: SECRET, commands, doneAt: 'reply' };
  const name = `Rinde${root === undefined ? '' : ' (baseline)'}, ${scratch.engine}`;
  return { ...contender(name, server, target, scratch), isRinde: true };
}

/** Every server, started before any is measured: the floors, then Rinde on each engine. */
async function startAll(slack: BenchSlack, contenders: Contender[]): Promise<void> {
  // The floors store whatever they get: one command is as good as another.
  const floorCommands: BenchCommand[] = [{ text: '1.2 1', userId: 'U0BENCH1' }];
  const floor: Target = { signingSecret: SECRET, commands: floorCommands, doneAt: 'ack' };
  const engines = await availableEngines();
  contenders.push(contender('floor: Bolt, ack only', await startFloor('bare', SECRET), floor));
  contenders.push(contender('floor: Bolt + 1 SQLite insert', await startFloor('insert', SECRET), floor));
  if (engines.includes('postgresql')) {
    const scratch = await scratchDatabase('postgresql');
    const server = await startFloor('postgresql', SECRET, scratch.url);
    contenders.push(contender('floor: Bolt + 1 PostgreSQL insert', server, floor, scratch));
  }
  for (const engine of engines) {
    contenders.push(await startRindeOn(await scratchDatabase(engine), slack));
    if (BASELINE !== undefined) contenders.push(await startRindeOn(await scratchDatabase(engine), slack, BASELINE));
  }
}

async function measureInRounds(contenders: Contender[], slack: BenchSlack): Promise<void> {
  for (const { load } of contenders) await runLoad(load, slack, 10, SERVER_WARMUP_SECONDS, 0);
  for (const [index, concurrency] of CONCURRENCY.entries()) {
    for (let round = 0; round < ROUNDS; round++) {
      for (const { load, rounds } of contenders) rounds[index]?.push(await runLoad(load, slack, concurrency, SECONDS));
    }
  }
}

async function stopAll(contenders: Contender[]): Promise<string[]> {
  const stored: string[] = [];
  for (const { name, server, scratch, rounds, isRinde } of contenders) {
    await server.stop();
    if (scratch === undefined) continue;
    if (isRinde) {
      // Every reply counted (in the ack, or at the response_url after an empty ack) is for an entry
      // in the database; the warm-ups add a few more.
      const measured = rounds.flat().reduce((sum, result) => sum + result.count, 0);
      stored.push(`${name}: ${await countEntries(scratch.url)} entries for ${measured} measured replies`);
    }
    await scratch.drop();
  }
  return stored;
}

/** One row per server and concurrency: the median round's figures, and the rounds' spread of p99. */
function printResults(contenders: readonly Contender[]): void {
  printTable(
    `/avance, signed requests through Bolt's HTTP receiver: median of ${ROUNDS} interleaved rounds of ${SECONDS} s ` +
      `per cell (each after 1 s of warm-up; ${SERVER_WARMUP_SECONDS} s per server before the first)`,
    [
      'server',
      'concurrency',
      'requests/s',
      'p50 ms',
      'p99 ms',
      'p99 ms, rounds',
      'ack p50 ms',
      'errors',
      'server CPU µs',
      'load CPU µs',
    ],
    contenders.flatMap(({ name, rounds }) =>
      rounds.map((results, index) => {
        const of = (pick: (result: LoadResult) => number) => median(results.map(pick));
        return [
          name,
          CONCURRENCY[index] ?? 0,
          of((r) => r.perSecond),
          of((r) => r.p50),
          of((r) => r.p99),
          spread(results.map((r) => r.p99)),
          of((r) => r.ackP50),
          results.reduce((sum, r) => sum + r.errors, 0),
          of((r) => r.serverCpuUs),
          of((r) => r.generatorCpuUs),
        ];
      }),
    ),
  );
}

/** Rinde against a floor, round by round (each pair measured seconds apart), as the median round's ratio. */
function compare(rinde: Contender, floor: Contender, floorName: string, goal: boolean): void {
  for (const [index, concurrency] of CONCURRENCY.entries()) {
    const pairs = (rinde.rounds[index] ?? []).flatMap((result, round) => {
      const base = floor.rounds[index]?.[round];
      return base === undefined ? [] : [{ throughput: result.perSecond / base.perSecond, p99: result.p99 / base.p99 }];
    });
    if (pairs.length === 0) continue;
    const throughput = median(pairs.map((pair) => pair.throughput));
    const p99 = median(pairs.map((pair) => pair.p99));
    const verdict = throughput >= 0.5 && p99 <= 2 ? 'meets' : 'misses';
    console.log(
      `${rinde.name} at ${concurrency}: ${throughput.toFixed(2)}× ${floorName}'s throughput ` +
        `(rounds ${spread(
          pairs.map((pair) => pair.throughput),
          '×',
        )}), p99 ${p99.toFixed(2)}× ` +
        `(rounds ${spread(
          pairs.map((pair) => pair.p99),
          '×',
        )})${goal ? ` — ${verdict} the goal (≥ 0.5×, ≤ 2×)` : ''}`,
    );
  }
}

async function main() {
  const slack = await startBenchSlack();
  const contenders: Contender[] = [];
  let stored: string[] = [];
  try {
    await startAll(slack, contenders);
    await measureInRounds(contenders, slack);
  } finally {
    stored = await stopAll(contenders);
    await slack.close();
  }
  printResults(contenders);
  for (const line of stored) console.log(line);
  const byName = (name: string) => contenders.find((c) => c.name === name);
  const floors: Record<string, Contender | undefined> = {
    sqlite: byName('floor: Bolt + 1 SQLite insert'),
    postgresql: byName('floor: Bolt + 1 PostgreSQL insert'),
  };
  for (const rinde of contenders.filter((c) => c.isRinde)) {
    const engine = rinde.name.split(', ').at(-1) ?? '';
    const floor = floors[engine];
    if (floor !== undefined) compare(rinde, floor, `the ${engine} insert floor`, !rinde.name.includes('baseline'));
  }
  for (const engine of Object.keys(floors)) {
    const after = byName(`Rinde, ${engine}`);
    const before = byName(`Rinde (baseline), ${engine}`);
    if (after && before) compare(after, before, 'the baseline', false);
  }
}

await main();
