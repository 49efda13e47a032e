import type { Prisma, PrismaClient as SqliteClient } from './generated/sqlite/client.js';
import { applyMigrations, SQLITE_BUSY_TIMEOUT_MS } from './migrate.js';
import { ensureSqliteFolder, type Provider, parseDatabaseUrl } from './target.js';

/**
 * The one client type repository code is written against. Both generated clients come from the
 * same models; the SQLite one is the narrower (no PostgreSQL-only options such as
 * `mode: 'insensitive'`), so code written against it runs on both engines.
 *
 * On SQLite every query shares one connection and only `$transaction` serialises work, so a
 * write issued outside a transaction could land inside another caller's open transaction:
 * repository writes always go through `$transaction`.
 */
export type Db = SqliteClient;

/** The Prisma transaction client, for helpers that run inside `db.$transaction`. */
export type Tx = Prisma.TransactionClient;

export interface Database {
  prisma: Db;
  provider: Provider;
  close(): Promise<void>;
}

/** Opens `file:…` (SQLite) or `postgresql://…` and applies pending migrations first. */
export async function openDatabase(url: string): Promise<Database> {
  const target = parseDatabaseUrl(url);
  if (target.provider === 'sqlite') ensureSqliteFolder(target.file);
  await applyMigrations(target);
  const prisma = target.provider === 'sqlite' ? await connectSqlite(target.file) : await connectPostgres(target.url);
  return { prisma, provider: target.provider, close: () => prisma.$disconnect() };
}

// Each engine's client and driver adapter are loaded only when that engine is opened: a running bot
// uses one, and the other's adapter and driver would only sit in memory.

async function connectSqlite(file: string): Promise<Db> {
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import('./generated/sqlite/client.js'),
    import('@prisma/adapter-better-sqlite3'),
  ]);
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  // Per-connection settings. better-sqlite3 happens to default foreign keys on; say so anyway.
  // NORMAL is the usual WAL setting: a commit survives a crash of the process, and only an OS
  // crash can lose the last commits, for a much cheaper commit.
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  return prisma;
}

async function connectPostgres(url: string): Promise<Db> {
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import('./generated/postgresql/client.js'),
    import('@prisma/adapter-pg'),
  ]);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await prisma.$connect();
  // The two generated clients have identical model types but are distinct nominal classes;
  // this is the only place the PostgreSQL client is seen as the SQLite-typed `Db`.
  return prisma as unknown as Db;
}
