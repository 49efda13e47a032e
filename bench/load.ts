import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, refreshStatistics } from '../src/storage/database.js';
import { setActivePlan } from '../src/storage/plans.js';
import type { Engine } from '../test/support/scratchDatabases.js';
import { OFFICES, seedPlan } from './lib/bigPlan.js';
import { availableEngines, type Scratch, scratchDatabase } from './lib/databases.js';
import { type LoadResult, runLoad } from './lib/load.js';
import { writePlan } from './lib/planSheet.js';
import { BENCH_SIGNING_SECRET, ROOT } from './lib/processes.js';
import type { BenchCommand } from './lib/seed.js';
import { type BenchSlack, startBenchSlack } from './lib/slackStandIn.js';
import { median, printTable, spread } from './lib/stats.js';

// What a user feels while the bot is busy: /avance's reply p99 (Rinde answers in the ack) while the
// reminder sweep of a 10,000-activity plan, the weekly digest's rendering with its chart, and the
// import of a 5,000-row spreadsheet run at the same time, each started again as soon as it ends;
// against the idle p99 of the same run. Goal: loaded p99 at most 2× idle. Each runs where production
// runs it: the sweep and the digest inside the Slack process (bench/servers/loaded.ts, composed as
// main.ts does), the import as `rinde import`, the CLI process the planning office starts, on the
// same database and the same cores (the bot never parses a spreadsheet).
// Idle and loaded phases alternate in rounds, so each ratio is taken on the same minute of a shared
// machine; the server's own event-loop delay (perf_hooks) says how much of the wait is the loop blocked.
// BENCH_LOAD_IMPORT=in-process imports in the server instead, read and saved as an upload in chat is.
// BENCH_CPU_PROF=folder writes the server's CPU profile there. BENCH_BASELINE=<folder of another built
// checkout> runs that build's server too, on a database of its own, in the same rounds.

const ACTIVITIES = Number(process.env.BENCH_LOAD_ACTIVITIES ?? 10_000);
const IMPORT_ROWS = Number(process.env.BENCH_LOAD_IMPORT_ROWS ?? 5000);
// The idle phase's length; a loaded phase lasts as long as its jobs, up to LOADED_LIMIT_SECONDS.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const LOADED_LIMIT_SECONDS = 120;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_LOAD_CONCURRENCY ?? 1);
const COMMANDS = 200;
const BASELINE = process.env.BENCH_BASELINE;
const IMPORT_IN_PROCESS = process.env.BENCH_LOAD_IMPORT === 'in-process';

interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
}

interface PhaseResult {
  load: LoadResult;
  eventLoop: EventLoopDelay;
  /** Per job run in the phase, how long it took in ms, or how it failed. */
  jobs: Record<string, number | string>;
  loadAverage: number;
}

interface LoadedServer {
  child: ChildProcess;
  port: number;
  ask(message: object): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** /avance on activities across the plan, each typed by the member of its office (bigPlan's U0000…). */
function commandsFor(size: number): BenchCommand[] {
  return Array.from({ length: COMMANDS }, (_, n) => {
    const index = Math.floor((n * size) / COMMANDS);
    return { text: `1.${index + 1} 1 confirmar`, userId: `U${String(index % OFFICES).padStart(4, '0')}` };
  });
}

/**
 * The big plan, active, and the spreadsheet's plan already imported once and left inactive: the
 * measured imports then update its 5,000 activities in place (the two files differ in every title)
 * instead of creating a plan that would take the active flag from the one being logged on.
 */
async function seed(url: string, files: string[]): Promise<number> {
  const database = await openDatabase(url);
  try {
    const planId = await seedPlan(database.prisma, ACTIVITIES);
    const first = spawnSync(process.execPath, rindeImport(files[0] ?? ''), { env: cliEnv(url), encoding: 'utf8' });
    if (first.status !== 0) throw new Error(`the bench spreadsheet did not import:\n${first.stdout}${first.stderr}`);
    await setActivePlan(database.prisma, planId);
    await refreshStatistics(database);
    return planId;
  } finally {
    await database.close();
  }
}

function rindeImport(file: string): string[] {
  return [join(ROOT, 'bin/rinde.js'), 'import', file];
}

function cliEnv(url: string): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url };
}

/** One `rinde import` of `file`, as the planning office runs it; its wall time in ms. */
function importOnce(url: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, rindeImport(file), { env: cliEnv(url), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + String(chunk)).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`rinde import exited ${code}:\n${output}`)),
    );
  });
}

async function startLoadedServer(url: string, slack: BenchSlack, planId: number, root: string, files: string[]) {
  const profile = process.env.BENCH_CPU_PROF;
  const child = spawn(
    process.execPath,
    [
      ...(profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profile}`]),
      join(root, 'dist/bench/servers/loaded.js'),
    ],
    {
      cwd: mkdtempSync(join(tmpdir(), 'rinde-bench-cwd-')),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        DATABASE_URL: url,
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        MALLOC_ARENA_MAX: '2',
        LOG_LEVEL: 'info',
        // The plan is 2025's and the server lives on today's clock: keep its vigencia open for logging.
        LATE_LOGGING_GRACE_DAYS: '100000',
        LOAD_PLAN_ID: String(planId),
        LOAD_IMPORT_FILES: IMPORT_IN_PROCESS ? files.join(',') : '',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  child.stdout?.resume();
  // Rinde's JSON log lines, one per request, read and dropped as a container's log driver would.
  child.stderr?.resume();
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the loaded server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message: Record<string, unknown>) => {
        child.off('exit', onExit);
        if ('error' in message) reject(new Error(`the loaded server failed: ${message.error}`));
        else resolve(message);
      });
    });
  const { port } = (await next()) as { port: number };
  const server: LoadedServer = {
    child,
    port,
    ask: (message) => {
      const answer = next();
      child.send(message);
      return answer;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('close', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return server;
}

interface Bench {
  server: LoadedServer;
  slack: BenchSlack;
  commands: BenchCommand[];
  url: string;
  files: string[];
}

/**
 * Idle: /avance for SECONDS. Loaded: the sweep and the digest start in the server and one import
 * beside it, all at once, and /avance is measured until the last of them ends.
 */
async function phase(bench: Bench, kind: 'idle' | 'loaded', round: number): Promise<PhaseResult> {
  const { server, slack, commands, url, files } = bench;
  const loadAverage = loadavg()[0] ?? Number.NaN;
  let jobs: Promise<Record<string, number | string>> | undefined;
  if (kind === 'loaded') {
    const inServer = server.ask({ phase: kind }) as Promise<{ jobs: Record<string, number | string> }>;
    const imported = IMPORT_IN_PROCESS
      ? undefined
      : importOnce(url, files[(round + 1) % files.length] ?? '').catch(
          (error: Error) => `failed: ${error.message.trim().split('\n').slice(-3).join(' ')}`,
        );
    jobs = Promise.all([inServer, imported]).then(([{ jobs: done }, ms]) =>
      ms === undefined ? done : { ...done, import: ms },
    );
  } else server.child.send({ phase: kind });
  const seconds = kind === 'idle' ? SECONDS : LOADED_LIMIT_SECONDS;
  const load = await runLoad({ ...serverTarget(server), commands }, slack, CONCURRENCY, seconds, 0, jobs);
  const { eventLoop } = (await server.ask({ end: true })) as { eventLoop: EventLoopDelay };
  return { load, eventLoop, jobs: (await jobs) ?? {}, loadAverage };
}

type Rounds = { idle: PhaseResult; loaded: PhaseResult }[];

/** A server of this build or of the baseline's, on a seeded database of its own, warmed up. */
async function benchOn(
  engine: Engine,
  slack: BenchSlack,
  files: string[],
  root: string,
): Promise<Bench & { scratch: Scratch }> {
  const scratch = await scratchDatabase(engine);
  const planId = await seed(scratch.url, files);
  const server = await startLoadedServer(scratch.url, slack, planId, root, files);
  const bench = { server, slack, commands: commandsFor(ACTIVITIES), url: scratch.url, files, scratch };
  await runLoad({ ...serverTarget(server), commands: bench.commands }, slack, CONCURRENCY, 3, 0);
  await server.ask({ warm: true });
  return bench;
}

/** Idle then loaded, round after round, each server taking its turn within a round. */
async function measure(engine: Engine, slack: BenchSlack, files: string[]): Promise<Map<string, Rounds>> {
  const benches = new Map<string, Bench & { scratch: Scratch }>();
  try {
    benches.set(engine, await benchOn(engine, slack, files, ROOT));
    if (BASELINE !== undefined) benches.set(`${engine} (baseline)`, await benchOn(engine, slack, files, BASELINE));
    const results = new Map<string, Rounds>([...benches.keys()].map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, bench] of benches) {
        const idle = await phase(bench, 'idle', round);
        results.get(name)?.push({ idle, loaded: await phase(bench, 'loaded', round) });
      }
    }
    return results;
  } finally {
    for (const { server, scratch } of benches.values()) {
      await server.stop();
      await scratch.drop();
    }
  }
}

function serverTarget(server: LoadedServer) {
  return {
    port: server.port,
    pid: server.child.pid ?? 0,
    signingSecret: BENCH_SIGNING_SECRET,
    doneAt: 'reply' as const,
  };
}

function jobsLine(jobs: Record<string, number | string>): string {
  const names = Object.keys(jobs).sort();
  if (names.length === 0) return '—';
  const figure = (value: number | string | undefined) => (typeof value === 'number' ? Math.round(value) : value);
  return names.map((name) => `${name} ${figure(jobs[name])}`).join(', ');
}

function report(engine: string, rounds: { idle: PhaseResult; loaded: PhaseResult }[], rows: (string | number)[][]) {
  for (const [index, { idle, loaded }] of rounds.entries()) {
    for (const [name, result] of [
      ['idle', idle],
      ['loaded', loaded],
    ] as const) {
      rows.push([
        engine,
        index + 1,
        name,
        result.loadAverage,
        result.load.count,
        result.load.errors,
        result.load.p50,
        result.load.p99,
        result.eventLoop.p99,
        result.eventLoop.max,
        jobsLine(result.jobs),
      ]);
    }
  }
  const ratios = rounds.map(({ idle, loaded }) => loaded.load.p99 / idle.load.p99);
  const ratio = median(ratios);
  return (
    `${engine}: loaded /avance p99 ${ratio.toFixed(2)}× idle (rounds ${spread(ratios, '×')}) — ` +
    `${ratio <= 2 ? 'meets' : 'misses'} the goal (≤ 2×)`
  );
}

const folder = mkdtempSync(join(tmpdir(), 'rinde-bench-load-'));
const slack = await startBenchSlack();
const rows: (string | number)[][] = [];
const verdicts: string[] = [];
try {
  const files = [join(folder, 'plan-a.xlsx'), join(folder, 'plan-b.xlsx')];
  await writePlan(files[0] ?? '', IMPORT_ROWS, 'publicar y socializar');
  await writePlan(files[1] ?? '', IMPORT_ROWS, 'difundir y explicar');
  for (const engine of await availableEngines()) {
    for (const [name, rounds] of await measure(engine, slack, files)) verdicts.push(report(name, rounds, rows));
  }
} finally {
  await slack.close();
  rmSync(folder, { recursive: true, force: true });
}
printTable(
  `/avance at concurrency ${CONCURRENCY}, idle and while a sweep of ${ACTIVITIES.toLocaleString('en-US')} activities, ` +
    `the digest with its chart (in the server) and a ${IMPORT_ROWS.toLocaleString('en-US')}-row import (${IMPORT_IN_PROCESS ? 'in the server' : 'rinde import'}) run (${SECONDS} s per phase)`,
  [
    'engine',
    'round',
    'phase',
    'load avg',
    'commands',
    'errors',
    'p50 ms',
    'p99 ms',
    'loop delay p99 ms',
    'loop delay max ms',
    'jobs ms',
  ],
  rows,
);
for (const line of verdicts) console.log(line);
