import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type Database, type Db, openDatabase } from '../../src/storage/database.js';
import type { Provider } from '../../src/storage/target.js';
import {
  canConnect,
  createScratchDatabase as createScratch,
  type ScratchDatabase,
} from '../support/scratchDatabases.js';

// Every storage test runs on a real SQLite file and a real PostgreSQL database, never a mock.

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const postgresReachable = await canConnect(POSTGRES_ADMIN_URL);
if (!postgresReachable) {
  if (process.env.CI) throw new Error(`PostgreSQL no responde en ${POSTGRES_ADMIN_URL}; en CI es obligatorio.`);
  console.warn(`PostgreSQL no responde en ${POSTGRES_ADMIN_URL}: se omiten las pruebas sobre PostgreSQL.`);
}

export const engines: Provider[] = ['sqlite', 'postgresql'];

export type { ScratchDatabase };

export function createScratchDatabase(provider: Provider): Promise<ScratchDatabase> {
  return createScratch(provider, POSTGRES_ADMIN_URL, 'test');
}

/** What commands and the Slack app are built on: Prisma. */
export interface Stores {
  readonly db: Db;
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
    db.teamsConversation.deleteMany(),
  ]);
}
