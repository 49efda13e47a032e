import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '../..');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A node process still running: its output so far, its stdin, and its exit code once it ends. */
export interface RunningNode {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once the process ended and its output is all read. */
  exited: Promise<number | null>;
}

/** Starts a built entry point as a user would, with a clean environment (PATH, HOME and `env`). */
export function startNode(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunningNode {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs a built entry point to its end, with optional stdin. */
export async function runNode(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): Promise<ProcessResult> {
  const running = startNode(args, options);
  running.child.stdin.end(options.input ?? '');
  const code = await running.exited;
  return { code, stdout: running.stdout(), stderr: running.stderr() };
}

export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rinde-e2e-'));
}

/** A port nobody listens on right now (for a process to bind, or for a Slack that is "down"). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
