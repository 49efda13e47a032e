import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the benches run compiled, from dist/bench/lib. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Server {
  child: ChildProcess;
  pid: number;
  stop(): Promise<void>;
}

export function spawnNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeArgs: string[] = [],
): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'rinde-bench-cwd-')),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on('close', () => resolve());
      child.kill('SIGTERM');
    });
}

/**
 * Starts a floor server (bench/servers/floor.ts) and waits for the port it prints: `postgresql`
 * stores into the database at `databaseUrl`.
 */
export async function startFloor(
  mode: 'bare' | 'insert' | 'postgresql',
  secret: string,
  databaseUrl = '',
): Promise<Server & { port: number }> {
  const child = spawnNode(join(ROOT, 'dist/bench/servers/floor.js'), [mode, 'FULL', secret], {
    FLOOR_DATABASE_URL: databaseUrl,
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.on('close', (code) => reject(new Error(`floor server exited (${code})`)));
  });
  return { child, pid: child.pid ?? 0, port, stop: stopper(child) };
}

/** The signing secret every bench server (floors and Rinde) checks, and the load generator signs with. */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789';

/**
 * Starts Rinde itself (`node dist/src/main.js`, of this checkout or of the build at `root`) in HTTP mode, with the malloc setting `npm start`
 * and the image use, and waits until /healthz says Slack answered. Logs go to a pipe at the level
 * asked for, as they would to a container's log driver.
 */
export async function startRinde(
  databaseUrl: string,
  slackApiUrl: string,
  env: Record<string, string> = {},
  root = ROOT,
): Promise<Server & { port: number }> {
  const port = await freePort();
  // BENCH_CPU_PROF=folder: each Rinde writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF;
  const nodeArgs = profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profile}`];
  const child = spawnNode(
    join(root, 'dist/src/main.js'),
    [],
    {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
      SLACK_API_URL: slackApiUrl,
      MALLOC_ARENA_MAX: '2',
      // The sample is the 2024 plan and the server lives on today's clock: keep its vigencia open for logging.
      LATE_LOGGING_GRACE_DAYS: '100000',
      ...env,
    },
    nodeArgs,
  );
  const stderr = lastOutput(child);
  child.stdout?.resume();
  for (let tries = 0; ; tries++) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) break;
    if (tries > 300 || child.exitCode !== null) throw new Error(`Rinde did not start:\n${stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, pid: child.pid ?? 0, port, stop: stopper(child) };
}

/**
 * The tail of a child's stderr, for when it fails to start. Chunks are only kept, never joined
 * while it runs: the load generator shares the cores with the server it measures.
 */
function lastOutput(child: ChildProcess, keep = 64): () => string {
  const chunks: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    if (chunks.length > keep * 2) chunks.splice(0, chunks.length - keep);
  });
  return () => Buffer.concat(chunks).toString('utf8').slice(-20_000);
}

/** A loopback port free right now, for a child process to bind. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on Linux builds for x86 and Arm. */
const TICKS_PER_SECOND = 100;

/** CPU time a process (all its threads) has used so far, in microseconds, from /proc (Linux). */
export function cpuMicroseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  return (ticks * 1e6) / TICKS_PER_SECOND;
}

/** Resident set size of a process, from /proc (Linux). */
export function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
