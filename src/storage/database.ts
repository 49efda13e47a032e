import type { Prisma, PrismaClient as SqliteClient } from './generated/sqlite/client.js';
import { applyMigrations, SQLITE_BUSY_TIMEOUT_MS } from './migrate.js';
import { checkPostgresWritable, checkSqliteFile } from './startChecks.js';
import { type Provider, parseDatabaseUrl } from './target.js';

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

type Connected = Omit<Database, 'provider'>;

/** How many WAL pages a SQLite commit may leave before it checkpoints them (SQLite's default: 1,000). */
export const SQLITE_WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** Opens `file:…` (SQLite) or `postgresql://…` and applies pending migrations first. */
export async function openDatabase(url: string): Promise<Database> {
  const target = parseDatabaseUrl(url);
  if (target.provider === 'sqlite') await checkSqliteFile(target.file);
  await applyMigrations(target);
  const connected = target.provider === 'sqlite' ? await connectSqlite(target.file) : await connectPostgres(target.url);
  return { ...connected, provider: target.provider };
}

/**
 * After a bulk import PostgreSQL plans on stale statistics until autovacuum analyses the tables, up
 * to a minute later, and meanwhile picked sequential scans that made the reminder sweep many times
 * slower (bench/sweep.ts). SQLite's planner does well enough without statistics.
 */
export async function refreshStatistics(database: Pick<Database, 'prisma' | 'provider'>): Promise<void> {
  if (database.provider !== 'postgresql') return;
  await database.prisma.$executeRawUnsafe(
    'ANALYZE "Plan", "Subcomponent", "Activity", "DueDate", "ActivityOffice", "ProgressEntry"',
  );
}

// Each engine's client and driver adapter are loaded only when that engine is opened: a running bot
// uses one, and the other's adapter and driver would only sit in memory.

async function connectSqlite(file: string): Promise<Connected> {
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import('./generated/sqlite/client.js'),
    import('@prisma/adapter-better-sqlite3'),
  ]);
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  // Per-connection settings. better-sqlite3 happens to default foreign keys on; say so anyway.
  // FULL syncs the WAL at every commit, so a logged entry survives a power cut or an OS crash too,
  // not only a crash of the process (NORMAL, the usual WAL setting, can lose the last commits). The
  // progress history is an accountability record: one fsync per command is worth it.
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await prisma.$executeRawUnsafe('PRAGMA synchronous = FULL');
  // The commit that fills the WAL past this many pages copies them into the database and syncs it,
  // on the event loop. SQLite's default (1,000 pages) made that every ~250 commands under load, each
  // adding most of a millisecond to one reply; commands rewrite the same few pages, so a checkpoint
  // of ten times the frames costs about the same, ten times less often (docs/decisions/004).
  await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`);
  return { prisma, close: () => prisma.$disconnect() };
}

async function connectPostgres(url: string): Promise<Connected> {
  const [{ PrismaClient }, { PrismaPg }, { default: pg }] = await Promise.all([
    import('./generated/postgresql/client.js'),
    import('@prisma/adapter-pg'),
    import('pg'),
  ]);
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server closed (a restart, a failover) leaves the pool, which opens a
  // new one when next needed; unheard, the pool's 'error' event would end the process.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  await prisma.$connect();
  await checkPostgresWritable(pool, url);
  return {
    // The two generated clients have identical model types but are distinct nominal classes;
    // this is the only place the PostgreSQL client is seen as the SQLite-typed `Db`.
    prisma: prisma as unknown as Db,
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
