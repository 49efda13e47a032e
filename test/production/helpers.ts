import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { configSchema } from '../../src/config.js';
import { localMoment } from '../../src/domain/reminders/index.js';
import { jobDepsOf } from '../../src/jobs/context.js';
import { previewReminders } from '../../src/jobs/dueReminders.js';
import type { ChatPlatform } from '../../src/platforms/port.js';
import { openDatabase } from '../../src/storage/database.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';
import { freePort, REPO_ROOT, startNode, temporaryFolder } from '../helpers/processes.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';

export const BOT_TOKEN = 'xoxb-production-test-token-0123456789';
export const SIGNING_SECRET = 'production-test-signing-secret-abcdef';
export const RESPONSABLE = 'U0PRENSA';
export const TIME_ZONE = 'America/Bogota';

export interface RindeProcess {
  port: number;
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** stderr parsed as JSON log lines; a line that is not JSON fails the test. */
  logs(): Record<string, unknown>[];
  waitForLog(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  healthz(): Promise<{ status: number; body: Record<string, unknown> }>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `node dist/src/main.js` as production runs it: environment only, its own working folder. */
export async function startRinde(env: Record<string, string>): Promise<RindeProcess> {
  const port = await freePort();
  const node = startNode([join(REPO_ROOT, 'dist/src/main.js')], {
    cwd: temporaryFolder(),
    env: { PORT: String(port), ...env },
  });
  const { child, exited } = node;
  const logs = () =>
    node
      .stderr()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const process_: RindeProcess = {
    port,
    child,
    output: () => node.stdout() + node.stderr(),
    logs,
    exited,
    async waitForLog(message, timeoutMs = 15_000) {
      const started = Date.now();
      for (;;) {
        const found = logs().find((line) => line.msg === message);
        if (found !== undefined) return found;
        if (child.exitCode !== null || Date.now() - started > timeoutMs) {
          throw new Error(`"${message}" never logged; output:\n${node.stdout()}${node.stderr()}`);
        }
        await sleep(50);
      }
    },
    async healthz() {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
  return process_;
}

export function rindeEnv(
  databaseUrl: string,
  apiUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    TIME_ZONE,
    REMINDER_HOUR: '00:00',
    SWEEP_CRON: '* * * * * *',
    DIGEST_CRON: '* * * * * *',
    LOG_LEVEL: 'info',
    // The sample is the 2024 plan and these processes live on today's clock: keep it open for logging.
    LATE_LOGGING_GRACE_DAYS: '100000',
    ...extra,
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await sleep(100);
    }
  }
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * A plan of this year whose activities fall due around today, so that reminders are due right now
 * (on a business day): 1.1 due today, 1.2 overdue since last week, 1.3 in a week, 1.4 in a month.
 */
export async function seedPlanDueNow(databaseUrl: string): Promise<{ planId: number; today: string }> {
  const today = localMoment(new Date(), TIME_ZONE).date;
  const year = today.slice(0, 4);
  const dated = (code: string, dueOn: string) =>
    buildActivityDraft({
      code,
      offices: ['Oficina de Comunicaciones'],
      schedule: { text: dueOn, kind: 'dates', dueDates: [dueOn] },
    });
  const draft = buildPlanDraft({
    vigencia: { from: `${year}-01-01`, to: `${year}-12-31` },
    subcomponents: buildPlanDraft().subcomponents.slice(0, 1),
    activities: [
      dated('1.1', today),
      dated('1.2', addDays(today, -8)),
      dated('1.3', addDays(today, 7)),
      dated('1.4', addDays(today, 30)),
    ],
  });
  const database = await openDatabase(databaseUrl);
  try {
    const { planId } = await savePlanDraft(database.prisma, draft, { authorId: 'prueba' });
    await assignMemberToOffice(database.prisma, RESPONSABLE, 'Oficina de Comunicaciones');
    await assignMemberToOffice(database.prisma, 'U0PRENSA2', 'Oficina de Comunicaciones');
    return { planId, today };
  } finally {
    await database.close();
  }
}

const unusedPlatform: ChatPlatform = {
  directMessage: () => Promise.reject(new Error('preview only')),
  channelMessage: () => Promise.reject(new Error('preview only')),
  uploadPng: () => Promise.reject(new Error('preview only')),
};

/** What a sweep would send now, per the project's own planner: the keys the processes must each send once. */
export async function remindersDueNow(
  databaseUrl: string,
  env: Record<string, string>,
): Promise<{ key: string; recipients: string[] }[]> {
  const config = configSchema.parse(env);
  const database = await openDatabase(databaseUrl);
  try {
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const deps = jobDepsOf(config, { db: database.prisma, platform: unusedPlatform, logger });
    const { reminders } = await previewReminders(database.prisma, deps.settings, deps.calendar, new Date());
    return reminders.map(({ key, recipients }) => ({ key, recipients }));
  } finally {
    await database.close();
  }
}

/** Each (channel, text) posted at most once: a doubled reminder or digest shows up here. */
export function expectNoDuplicatePosts(calls: { method: string; body: Record<string, unknown> }[]): void {
  const seen = new Map<string, number>();
  for (const call of calls.filter((c) => c.method === 'chat.postMessage')) {
    const id = `${String(call.body.channel)}|${String(call.body.text)}`;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
}

/** Forwards a port to another, from when `open()` is called: a Slack that comes back after an outage. */
export function lateProxy(listenPort: number, targetPort: number) {
  let server: Server | null = null;
  return {
    async open() {
      server = createServer((socket) => {
        const upstream = connect(targetPort, '127.0.0.1');
        socket.pipe(upstream).pipe(socket);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
      });
      await new Promise<void>((resolve) => server?.listen(listenPort, '127.0.0.1', resolve));
    },
    close() {
      return new Promise<void>((resolve) => (server === null ? resolve() : server.close(() => resolve())));
    },
  };
}

export interface RunningBot {
  readonly scratch: ScratchDatabase;
  readonly api: SlackApiStub;
  readonly rinde: RindeProcess;
}

/**
 * For the calling describe block: the plan due now in a scratch SQLite file, the Web API stand-in,
 * and one Rinde process that Slack answered, all gone afterwards. Valid inside tests and hooks.
 */
export function useRunningBot(env: Record<string, string> = {}): RunningBot {
  let running: RunningBot | undefined;
  beforeAll(async () => {
    const scratch = await createScratchDatabase('sqlite');
    await seedPlanDueNow(scratch.url);
    const api = await startSlackApi();
    const rinde = await startRinde(rindeEnv(scratch.url, api.apiUrl, env));
    running = { scratch, api, rinde };
    await rinde.waitForLog('slack reachable');
  });
  afterAll(async () => {
    await running?.rinde.stop();
    await running?.api.close();
    await running?.scratch.drop();
  });
  const current = (): RunningBot => {
    if (running === undefined) throw new Error('El bot de prueba solo existe dentro de las pruebas.');
    return running;
  };
  return {
    get scratch() {
      return current().scratch;
    },
    get api() {
      return current().api;
    },
    get rinde() {
      return current().rinde;
    },
  };
}
