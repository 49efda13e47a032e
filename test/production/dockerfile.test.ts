import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, REPO_ROOT, temporaryFolder } from '../helpers/processes.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { BOT_TOKEN, SIGNING_SECRET, sleep } from './helpers.js';

// No Docker engine here: this reads the Dockerfile and performs its stages the way `docker build`
// would — each stage in a folder of its own, COPY from the context or an earlier stage, RUN in the
// WORKDIR with the stage's ENV — then starts the runtime stage's CMD and asks its HEALTHCHECK.

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  const stages: Stage[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') {
      const [from = '', , name = String(stages.length)] = rest;
      stages.push({ name, from, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** `.dockerignore` as Docker reads it, for the patterns this project uses: paths, folders and `*`. */
function ignored(patterns: string[], path: string): boolean {
  return patterns.some((pattern) => {
    const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
    return regex.test(path);
  });
}

/** The build context: the working tree (tracked and new files) minus .dockerignore. */
function copyContext(target: string): void {
  const patterns = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  for (const file of listed.stdout.split('\n').filter(Boolean)) {
    if (ignored(patterns, file) || !existsSync(join(REPO_ROOT, file))) continue;
    cpSync(join(REPO_ROOT, file), join(target, file), { recursive: true });
  }
}

function jsonOrShell(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : ['sh', '-c', args];
}

interface StageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
  user: string | null;
  volumes: string[];
  healthcheck: string[] | null;
  cmd: string[] | null;
}

function baseEnv(): Record<string, string> {
  // The npm cache and settings of this machine stand in for the registry the image would reach; its
  // npm_config_* settings too (.ci/run's Node 24 pass names the headers better-sqlite3 compiles against,
  // which the official node image has built in).
  const npmSettings = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[0].startsWith('npm_config_') && entry[1] !== undefined,
  );
  return { ...Object.fromEntries(npmSettings), PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
}

function inStage(state: StageState, path: string): string {
  return isAbsolute(path) ? join(state.root, path) : join(state.root, state.workdir, path);
}

function perform(stage: Stage, context: string, built: Map<string, StageState>, root: string): StageState {
  const state: StageState = { root, workdir: '/', env: {}, user: null, volumes: [], healthcheck: null, cmd: null };
  for (const { keyword, args } of stage.instructions) {
    switch (keyword) {
      case 'WORKDIR':
        state.workdir = args;
        mkdirSync(inStage(state, '.'), { recursive: true });
        break;
      case 'ENV': {
        for (const pair of args.split(/\s+/)) {
          const [name = '', ...value] = pair.split('=');
          state.env[name] = value.join('=');
        }
        break;
      }
      case 'COPY': {
        const words = args.split(/\s+/);
        const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((word) => !word.startsWith('--'));
        const destination = paths.pop() ?? '.';
        const source = from === undefined ? context : built.get(from)?.root;
        if (source === undefined) throw new Error(`COPY --from=${from}: no such stage`);
        for (const path of paths) {
          const target = inStage(state, destination);
          const into =
            destination.endsWith('/') || paths.length > 1 ? join(target, path.split('/').at(-1) ?? '') : target;
          cpSync(join(source, path), into, { recursive: true });
        }
        break;
      }
      case 'RUN': {
        const [command = '', ...rest] = jsonOrShell(args);
        const result = spawnSync(command, rest, {
          cwd: inStage(state, '.'),
          env: { ...baseEnv(), ...state.env },
          encoding: 'utf8',
        });
        if (result.status !== 0) throw new Error(`RUN ${args} failed (${result.status}):\n${result.stderr}`);
        break;
      }
      case 'USER':
        state.user = args;
        break;
      case 'VOLUME':
        state.volumes.push(args);
        break;
      case 'HEALTHCHECK':
        state.healthcheck = jsonOrShell(args.slice(args.indexOf('CMD ') + 'CMD '.length));
        break;
      case 'CMD':
        state.cmd = jsonOrShell(args);
        break;
      // ARG, EXPOSE, LABEL: nothing to do outside Docker.
    }
  }
  return state;
}

function healthcheck(state: StageState, env: Record<string, string>): number | null {
  const [command = '', ...args] = state.healthcheck ?? [];
  return spawnSync(command, args, { cwd: inStage(state, '.'), env: { ...baseEnv(), ...state.env, ...env } }).status;
}

describe('the Dockerfile', () => {
  const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
  const stages = parseDockerfile(dockerfile);
  const work = temporaryFolder();
  let api: SlackApiStub | undefined;
  afterAll(async () => {
    await api?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('is multi-stage, with a slim runtime that runs as a non-root user and checks /healthz with node', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    const runtime = stages[1]?.instructions ?? [];
    const value = (keyword: string) => runtime.find((i) => i.keyword === keyword)?.args;
    expect(stages[1]?.from).toMatch(/-slim$/);
    expect(value('USER')).toBe('node');
    expect(value('VOLUME')).toBe('/app/data');
    expect(value('HEALTHCHECK')).toMatch(/CMD \["node", "-e", .*\/healthz/);
    expect(runtime.filter((i) => i.keyword === 'RUN')).toEqual([]);
    expect(stages[0]?.instructions.find((i) => i.keyword === 'RUN')?.args).toMatch(/^npm ci /);
  });

  it('builds and starts: its install, build and start steps, in order, on this machine', async () => {
    const context = join(work, 'context');
    copyContext(context);
    const built = new Map<string, StageState>();
    for (const stage of stages) built.set(stage.name, perform(stage, context, built, join(work, 'stages', stage.name)));
    const runtime = built.get('runtime');
    if (runtime === undefined) throw new Error('no runtime stage');
    // What the runtime stage must not carry.
    for (const absent of ['node_modules/typescript', 'node_modules/prisma', 'node_modules/vitest', 'src']) {
      expect(existsSync(inStage(runtime, absent)), absent).toBe(false);
    }
    expect(runtime.env).toEqual({ NODE_ENV: 'production', MALLOC_ARENA_MAX: '2' });

    api = await startSlackApi();
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(await freePort()),
    };
    expect(healthcheck(runtime, env)).toBe(1); // nothing listening yet
    const [command = '', ...args] = runtime.cmd ?? [];
    const child = spawn(command, args, { cwd: inStage(runtime, '.'), env: { ...baseEnv(), ...runtime.env, ...env } });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      for (let tries = 0; healthcheck(runtime, env) !== 0; tries++) {
        if (tries > 100 || child.exitCode !== null) throw new Error(`never healthy:\n${output}`);
        await sleep(200);
      }
      // The default SQLite file, migrated at start, in the volume's folder.
      expect(existsSync(join(inStage(runtime, runtime.volumes[0] ?? ''), 'rinde.db'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 600_000);
});
