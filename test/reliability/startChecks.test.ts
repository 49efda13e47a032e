import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { createSlackApp, type SlackApp } from '../../src/platforms/slack/app.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { DatabaseStartupError } from '../../src/storage/startChecks.js';
import { createScratchDatabase, postgresReachable } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';
import { REPO_ROOT } from '../helpers/processes.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { eventually } from '../production/helpers.js';

// Start-up refuses a database it must not run on, and a token Slack refuses, with one clear line;
// /healthz says when the database is out of reach. The cases of issue 18, docs/reliability.md.

const PAGE_SIZE = 4096;

/** A SQLite file with a plan in it, closed (its WAL folded into the file). */
async function sqliteWithPlan(): Promise<{ url: string; file: string; drop(): Promise<void> }> {
  const scratch = await createScratchDatabase('sqlite');
  const database = await openDatabase(scratch.url);
  await savePlanDraft(database.prisma, buildPlanDraft(), { authorId: 'prueba' });
  await database.close();
  return { ...scratch, file: scratch.url.slice('file:'.length) };
}

/** Overwrites one page in the middle of the file with garbage, as a failing disk or a bad copy would. */
function corruptMiddlePage(file: string): void {
  const pages = Math.floor(statSync(file).size / PAGE_SIZE);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(PAGE_SIZE, 0xa5), 0, PAGE_SIZE, Math.floor(pages / 2) * PAGE_SIZE);
  } finally {
    closeSync(fd);
  }
}

/** `node dist/src/main.js` in console mode (no Slack token): what an operator sees at start. */
function startRindeOnce(databaseUrl: string, options: { uid?: number; gid?: number } = {}, root = REPO_ROOT) {
  return spawnSync(process.execPath, [join(root, 'dist/src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
    ...options,
  });
}

describe('a corrupted SQLite file', () => {
  it('is refused at start with a Spanish message for the operator, before any command is taken', async () => {
    const db = await sqliteWithPlan();
    try {
      corruptMiddlePage(db.file);
      await expect(openDatabase(db.url)).rejects.toThrow(DatabaseStartupError);
      await expect(openDatabase(db.url)).rejects.toThrow(/está dañada .*restaure la última copia de seguridad/);

      const run = startRindeOnce(db.url);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^La base de datos .* está dañada \(SQLite: /);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      await db.drop();
    }
  });

  it('a sound file passes and opens as before', async () => {
    const db = await sqliteWithPlan();
    try {
      const database = await openDatabase(db.url);
      expect(await database.prisma.plan.count()).toBe(1);
      await database.close();
    } finally {
      await db.drop();
    }
  });
});

// Root writes through any permission, so the read-only case runs Rinde as an unprivileged user, as
// the image does (`USER node`).
const isRoot = process.getuid?.() === 0;

const NOBODY = { uid: 65534, gid: 65534 };

/**
 * The checkout as that user can read it: itself, or, when it was cloned into a folder only root may
 * enter (`mktemp -d` makes them 0700), a hard-linked copy in one others may enter.
 */
function checkoutReadableByNobody(): { root: string; drop(): void } {
  const main = join(REPO_ROOT, 'dist/src/main.js');
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(main)})`], NOBODY);
  if (probe.status === 0) return { root: REPO_ROOT, drop: () => undefined };
  const root = mkdtempSync(join(tmpdir(), 'rinde-checkout-'));
  chmodSync(root, 0o755);
  execFileSync('cp', ['-al', `${REPO_ROOT}/.`, root]);
  return { root, drop: () => rmSync(root, { recursive: true, force: true }) };
}

describe.runIf(isRoot)('a read-only SQLite file', () => {
  let checkout: ReturnType<typeof checkoutReadableByNobody> | undefined;
  const asNobody = (databaseUrl: string) => {
    checkout ??= checkoutReadableByNobody();
    return startRindeOnce(databaseUrl, NOBODY, checkout.root);
  };
  afterAll(() => checkout?.drop());

  it('is refused at start, saying which file and folder need write permission', async () => {
    const db = await sqliteWithPlan();
    const folder = join(db.file, '..');
    try {
      chmodSync(folder, 0o755);
      chmodSync(db.file, 0o644);
      const run = asNobody(db.url);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^No puedo escribir en la base de datos .*rinde\.db/);
      expect(run.stderr).toContain('dé permiso de escritura');
    } finally {
      await db.drop();
    }
  });

  it('a new installation in a folder it cannot write is refused too', async () => {
    const db = await sqliteWithPlan();
    const folder = join(db.file, '..', 'nueva');
    try {
      mkdirSync(folder, { mode: 0o755 });
      const run = asNobody(`file:${join(folder, 'rinde.db')}`);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^No puedo escribir en la base de datos/);
    } finally {
      await db.drop();
    }
  });
});

function appOn(api: SlackApiStub, db: Database['prisma']): SlackApp {
  return createSlackApp({
    config: configSchema.parse({
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      SLACK_SIGNING_SECRET: 'secreto-de-prueba',
      SLACK_API_URL: api.apiUrl,
      PORT: '0',
    }),
    db,
    logger: pino({ level: 'silent' }),
    clock: () => new Date(),
    retryConfig: { retries: 0 },
  });
}

describe('a token Slack refuses', () => {
  let api: SlackApiStub | undefined;
  let slack: SlackApp | undefined;
  let db: Awaited<ReturnType<typeof sqliteWithPlan>> | undefined;
  afterEach(async () => {
    await slack?.stop();
    await api?.close();
    await db?.drop();
  });

  it.each(['token_revoked', 'invalid_auth', 'account_inactive'])(
    '%s is a configuration error: /healthz says so and auth.test is not retried',
    async (code) => {
      db = await sqliteWithPlan();
      const database = await openDatabase(db.url);
      api = await startSlackApi();
      api.fail('auth.test', { error: code }, 100);
      slack = appOn(api, database.prisma);
      const { port } = await slack.start();
      expect(await slack.ready()).toBe(false);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        ok: false,
        status: 'misconfigured',
        slack: 'token_rejected',
        error: code,
      });
      // The backoff's first retry would come after about a second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(api.callsTo('auth.test')).toHaveLength(1);
      await slack.stop();
      slack = undefined;
      await database.close();
    },
  );
});

/** A TCP hop in front of PostgreSQL that can be cut, as a database going down. */
async function cuttableProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((socket) => {
    if (!up) return void socket.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(socket).add(upstream);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    cut() {
      up = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore() {
      up = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.runIf(postgresReachable)('/healthz with PostgreSQL down', () => {
  it('answers 503 "database unreachable" while the server is out of reach, and 200 once it is back', async () => {
    const scratch = await createScratchDatabase('postgresql');
    const target = new URL(scratch.url);
    const proxy = await cuttableProxy(Number(target.port || 5432));
    target.port = String(proxy.port);
    const database = await openDatabase(target.toString());
    const api = await startSlackApi();
    const slack = appOn(api, database.prisma);
    try {
      const { port } = await slack.start();
      const healthz = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      expect((await healthz()).status).toBe(200);
      proxy.cut();
      const down = await healthz();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, status: 'degraded', database: 'unreachable' });
      proxy.restore();
      await eventually(async () => expect((await healthz()).status).toBe(200), 10_000);
    } finally {
      await slack.stop();
      await api.close();
      await database.close().catch(() => undefined);
      await proxy.close();
      await scratch.drop();
    }
  }, 30_000);
});
