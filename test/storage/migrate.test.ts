import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase, SQLITE_WAL_AUTOCHECKPOINT_PAGES } from '../../src/storage/database.js';
import { MigrationChecksumError } from '../../src/storage/errors.js';
import { migrateSqlite, readMigrations } from '../../src/storage/migrate.js';
import { appendProgress } from '../../src/storage/progress.js';
import type { Provider } from '../../src/storage/target.js';
import { createScratchDatabase, describeEachEngineRaw, type ScratchDatabase } from '../helpers/database.js';
import { buildProgressEntry, readEntries } from '../helpers/progress.js';

describeEachEngineRaw('openDatabase', (provider: Provider) => {
  let scratch: ScratchDatabase;
  const opened: Database[] = [];
  const open = async (url: string) => {
    const database = await openDatabase(url);
    opened.push(database);
    return database;
  };
  beforeEach(async () => {
    scratch = await createScratchDatabase(provider);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await scratch.drop();
  });

  it('applies every migration once and records it with its checksum', async () => {
    const database = await open(scratch.url);
    expect(database.provider).toBe(provider);
    const recorded = await ledger(database);
    expect(recorded).toEqual(readMigrations(provider).map(({ name, checksum }) => ({ name, checksum })));
    expect(await database.prisma.plan.count()).toBe(0);
  });

  it('is idempotent: opening again applies nothing', async () => {
    await (await open(scratch.url)).close();
    opened.pop();
    const again = await open(scratch.url);
    expect(await ledger(again)).toHaveLength(readMigrations(provider).length);
  });

  it('lets two processes start at once on a fresh database', async () => {
    const [first, second] = await Promise.all([open(scratch.url), open(scratch.url)]);
    expect(await ledger(first)).toHaveLength(readMigrations(provider).length);
    await second.prisma.setting.create({ data: { key: 'a', value: '1' } });
    expect(await first.prisma.setting.count()).toBe(1);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const database = await open(scratch.url);
    await database.prisma.$executeRawUnsafe(`UPDATE "_rinde_migrations" SET "checksum" = 'edited'`);
    await expect(openDatabase(scratch.url)).rejects.toBeInstanceOf(MigrationChecksumError);
  });
});

describe('SQLite connection settings', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rinde-url-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('resolves a relative file: URL against the working directory and creates its folder', async () => {
    const file = join(folder, 'data', 'rinde.db');
    const database = await openDatabase(`file:./${relative(process.cwd(), file)}`);
    try {
      expect(existsSync(file)).toBe(true);
      const pragma = (name: string) => database.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
      expect(await pragma('journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await pragma('foreign_keys')).toEqual([{ foreign_keys: 1n }]);
      expect(await pragma('busy_timeout')).toEqual([{ timeout: 10_000n }]);
      // FULL (2): every commit is synced, so a logged entry survives a power cut.
      expect(await pragma('synchronous')).toEqual([{ synchronous: 2n }]);
      expect(await pragma('wal_autocheckpoint')).toEqual([
        { wal_autocheckpoint: BigInt(SQLITE_WAL_AUTOCHECKPOINT_PAGES) },
      ]);
    } finally {
      await database.close();
    }
  });
});

describe('SQLite: ProgressEntry without AUTOINCREMENT', () => {
  const MIGRATION = '20261124170000_progress_entry_without_autoincrement';
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rinde-rowid-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** A database as the migrations before MIGRATION left it, with entries (one a correction) in it. */
  function databaseBefore(file: string): void {
    migrateSqlite(
      new SQLite(file),
      readMigrations('sqlite').filter(({ name }) => name < MIGRATION),
    );
    const raw = new SQLite(file);
    raw.exec(`
      INSERT INTO "Plan" ("id", "entity", "entityKey", "year", "startsOn", "endsOn", "updatedAt")
        VALUES (1, 'Tauramena', 'tauramena', 2024, '2024-01-01', '2024-12-31', '2024-01-01');
      INSERT INTO "Subcomponent" ("id", "planId", "code", "name", "fullText", "position")
        VALUES (1, 1, '1', 'Información', 'Información', 1);
      INSERT INTO "Activity" ("id", "planId", "subcomponentId", "code", "position", "title", "product",
        "responsibleText", "target", "unit", "scheduleText", "scheduleKind")
        VALUES (1, 1, 1, '1.1', 1, 'Publicar', 'Piezas', 'Prensa', 10, 'count', 'Permanentemente', 'continuous');
      INSERT INTO "ProgressEntry" ("activityId", "amount", "authorId", "source", "effectiveOn")
        VALUES (1, 4, 'U1', 'chat', '2024-03-01'), (1, 2, 'U1', 'chat', '2024-03-02');
      INSERT INTO "ProgressEntry" ("activityId", "amount", "authorId", "source", "effectiveOn", "correctsId")
        VALUES (1, -2, 'U1', 'chat', '2024-03-02', 2);
      INSERT INTO "ProgressTotal" ("activityId", "total") VALUES (1, 4);
    `);
    raw.close();
  }

  it('keeps every entry and its correction, and numbers new entries after the largest', async () => {
    const file = join(folder, 'rinde.db');
    databaseBefore(file);

    const database = await openDatabase(`file:${file}`);
    try {
      const entries = await readEntries(database.prisma);
      expect(entries.map(({ id, amount, correctsId }) => ({ id, amount, correctsId }))).toEqual([
        { id: 1, amount: 4, correctsId: null },
        { id: 2, amount: 2, correctsId: null },
        { id: 3, amount: -2, correctsId: 2 },
      ]);
      const appended = await appendProgress(database.prisma, buildProgressEntry(1, { amount: 1 }));
      expect(appended).toMatchObject({ entry: { id: 4 }, total: 5 });
      const table = await database.prisma.$queryRawUnsafe<{ sql: string }[]>(
        `SELECT "sql" FROM "sqlite_master" WHERE "name" = 'ProgressEntry'`,
      );
      expect(table[0]?.sql).not.toMatch(/AUTOINCREMENT/);
      const sequences = await database.prisma.$queryRawUnsafe<{ name: string }[]>(
        'SELECT "name" FROM "sqlite_sequence"',
      );
      expect(sequences.map(({ name }) => name)).not.toContain('ProgressEntry');
    } finally {
      await database.close();
    }
  });
});

async function ledger(database: Database) {
  return database.prisma.$queryRawUnsafe<{ name: string; checksum: string }[]>(
    'SELECT "name", "checksum" FROM "_rinde_migrations" ORDER BY "name"',
  );
}
