import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { MigrationChecksumError } from '../../src/storage/errors.js';
import { readMigrations } from '../../src/storage/migrate.js';
import type { Provider } from '../../src/storage/target.js';
import { createScratchDatabase, describeEachEngineRaw, type ScratchDatabase } from '../helpers/database.js';

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
