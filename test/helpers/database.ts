import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type Database, type Db, openDatabase } from '../../src/storage/database.js';
import type { ProgressLedger } from '../../src/storage/ledger/index.js';
import type { Provider } from '../../src/storage/target.js';

// Every storage test runs on a real SQLite file and a real PostgreSQL database, never a mock.

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const postgresReachable = await canConnect(POSTGRES_ADMIN_URL);
if (!postgresReachable) {
  if (process.env.CI) throw new Error(`PostgreSQL no responde en ${POSTGRES_ADMIN_URL}; en CI es obligatorio.`);
  console.warn(`PostgreSQL no responde en ${POSTGRES_ADMIN_URL}: se omiten las pruebas sobre PostgreSQL.`);
}

export const engines: Provider[] = ['sqlite', 'postgresql'];

/** An empty database that nothing has opened yet, and how to get rid of it. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(provider: Provider): Promise<ScratchDatabase> {
  if (provider === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'rinde-test-'));
    return {
      url: `file:${join(folder, 'rinde.db')}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `rinde_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** What commands and the Slack app are built on: Prisma, and the `/avance` ledger beside it. */
export interface Stores {
  readonly db: Db;
  readonly ledger: ProgressLedger;
}

export interface TestDatabase extends Stores {
  readonly provider: Provider;
  readonly url: string;
}

/**
 * Gives the calling describe block a migrated database of its own, emptied before each test so
 * tests do not see each other's rows.
 */
export function withTestDatabase(provider: Provider): TestDatabase {
  let scratch: ScratchDatabase | undefined;
  let database: Database | undefined;
  beforeAll(async () => {
    scratch = await createScratchDatabase(provider);
    database = await openDatabase(scratch.url);
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });
  beforeEach(async () => {
    if (database) await emptyDatabase(database.prisma);
  });
  return {
    provider,
    get db() {
      if (!database) throw new Error('La base de datos de prueba solo existe dentro de las pruebas.');
      return database.prisma;
    },
    get ledger() {
      if (!database) throw new Error('La base de datos de prueba solo existe dentro de las pruebas.');
      return database.ledger;
    },
    get url() {
      if (!scratch) throw new Error('La base de datos de prueba solo existe dentro de las pruebas.');
      return scratch.url;
    },
  };
}

/** Runs `body` once per engine, each in its own describe block and database. */
export function describeEachEngine(title: string, body: (database: TestDatabase) => void): void {
  for (const provider of engines) {
    describe.skipIf(provider === 'postgresql' && !postgresReachable)(`${title} [${provider}]`, () =>
      body(withTestDatabase(provider)),
    );
  }
}

/** Runs `body` once per engine without opening anything, for tests about opening itself. */
export function describeEachEngineRaw(title: string, body: (provider: Provider) => void): void {
  for (const provider of engines) {
    describe.skipIf(provider === 'postgresql' && !postgresReachable)(`${title} [${provider}]`, () => body(provider));
  }
}

/** Deleting plans cascades to their subcomponents, activities, due dates, links and progress. */
async function emptyDatabase(db: Db): Promise<void> {
  await db.$transaction([
    db.plan.deleteMany(),
    db.office.deleteMany(),
    db.member.deleteMany(),
    db.setting.deleteMany(),
    db.delivery.deleteMany(),
  ]);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
