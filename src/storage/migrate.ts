import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type SQLite from 'better-sqlite3';
import type pg from 'pg';
import { MigrationChecksumError } from './errors.js';
import type { DatabaseTarget, Provider } from './target.js';

// The Prisma CLI cannot apply PostgreSQL migrations without downloading native engines, so the
// application applies the SQL that `prisma migrate diff` wrote, through the raw drivers.

export interface Migration {
  name: string;
  checksum: string;
  sql: string;
}

/** How long a starting process waits for another one holding the SQLite write lock. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** Arbitrary, but the same for every Rinde process, so concurrent start-ups queue on it. */
const POSTGRES_MIGRATION_LOCK = 1_757_2015;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_rinde_migrations" (
  "name" TEXT PRIMARY KEY,
  "checksum" TEXT NOT NULL,
  "applied_at" TEXT NOT NULL
)`;

/**
 * Applies the pending migrations of `target` in name order; returns the names applied now. Each
 * engine's driver is loaded only when that engine is migrated: a running bot uses one, and the other
 * (better-sqlite3 is a native addon) would only sit in memory.
 */
export async function applyMigrations(target: DatabaseTarget): Promise<string[]> {
  const migrations = readMigrations(target.provider);
  if (target.provider === 'sqlite') {
    const { default: SQLiteDatabase } = await import('better-sqlite3');
    return migrateSqlite(new SQLiteDatabase(target.file, { timeout: SQLITE_BUSY_TIMEOUT_MS }), migrations);
  }
  const { default: driver } = await import('pg');
  return migratePostgres(new driver.Client({ connectionString: target.url }), migrations);
}

export function readMigrations(provider: Provider): Migration[] {
  const folder = join(packageRoot(), 'prisma', 'migrations', provider);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      // A checkout with CRLF line endings must not look like an edited migration.
      const sql = readFileSync(join(folder, name, 'migration.sql'), 'utf8').replace(/\r\n/g, '\n');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The folder holding package.json: `src/storage` under vitest, `dist/src/storage` after tsc. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No se encontró package.json por encima de src/storage.');
    dir = parent;
  }
  return dir;
}

/** Applies `migrations` not yet recorded in the file, then closes the connection; returns those applied. */
export function migrateSqlite(connection: SQLite.Database, migrations: Migration[]): string[] {
  try {
    // Persistent in the file: readers keep working while the bot writes.
    connection.pragma('journal_mode = WAL');
    // Prisma's SQLite table redefinitions need this off; foreign_key_check below replaces it.
    connection.pragma('foreign_keys = OFF');
    return migrations.filter((migration) => applySqliteMigration(connection, migration)).map(({ name }) => name);
  } finally {
    connection.close();
  }
}

function applySqliteMigration(connection: SQLite.Database, migration: Migration): boolean {
  // IMMEDIATE takes the write lock up front, so a second process waits here instead of
  // applying the same migration.
  connection.exec('BEGIN IMMEDIATE');
  try {
    connection.exec(MIGRATIONS_TABLE);
    const applied = connection
      .prepare('SELECT "checksum" FROM "_rinde_migrations" WHERE "name" = ?')
      .get(migration.name) as { checksum: string } | undefined;
    if (applied) {
      assertUnchanged(migration, applied.checksum);
      connection.exec('ROLLBACK');
      return false;
    }
    connection.exec(migration.sql);
    if ((connection.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new Error(`La migración ${migration.name} deja filas con claves foráneas rotas.`);
    }
    connection
      .prepare('INSERT INTO "_rinde_migrations" ("name", "checksum", "applied_at") VALUES (?, ?, ?)')
      .run(migration.name, migration.checksum, new Date().toISOString());
    connection.exec('COMMIT');
    return true;
  } catch (error) {
    if (connection.inTransaction) connection.exec('ROLLBACK');
    throw error;
  }
}

async function migratePostgres(client: pg.Client, migrations: Migration[]): Promise<string[]> {
  await client.connect();
  try {
    const applied: string[] = [];
    for (const migration of migrations) {
      if (await applyPostgresMigration(client, migration)) applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.end();
  }
}

async function applyPostgresMigration(client: pg.Client, migration: Migration): Promise<boolean> {
  await client.query('BEGIN');
  try {
    // Released at COMMIT/ROLLBACK; a second process waits here, then finds the migration recorded.
    await client.query('SELECT pg_advisory_xact_lock($1)', [POSTGRES_MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ checksum: string }>(
      'SELECT "checksum" FROM "_rinde_migrations" WHERE "name" = $1',
      [migration.name],
    );
    const applied = rows[0];
    if (applied) {
      assertUnchanged(migration, applied.checksum);
      await client.query('ROLLBACK');
      return false;
    }
    // No parameters: pg then uses the simple protocol, which accepts many statements at once.
    await client.query(migration.sql);
    await client.query('INSERT INTO "_rinde_migrations" ("name", "checksum", "applied_at") VALUES ($1, $2, $3)', [
      migration.name,
      migration.checksum,
      new Date().toISOString(),
    ]);
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function assertUnchanged(migration: Migration, appliedChecksum: string): void {
  if (appliedChecksum !== migration.checksum) throw new MigrationChecksumError(migration.name);
}
