import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

// Scratch databases for the tests and the benches alike: a temporary SQLite file, or a PostgreSQL
// database created on the given server and dropped afterwards. Free of vitest, because the benches
// are compiled by tsc and run without it.

export type Engine = 'sqlite' | 'postgresql';

/** An empty database that nothing has opened yet, and how to get rid of it. */
export interface ScratchDatabase {
  engine: Engine;
  url: string;
  drop(): Promise<void>;
}

export async function canConnect(url: string): Promise<boolean> {
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

async function runAsAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** `label` names the temporary folder or database ("test", "bench"), so leftovers say where they came from. */
export async function createScratchDatabase(engine: Engine, adminUrl: string, label: string): Promise<ScratchDatabase> {
  if (engine === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), `rinde-${label}-`));
    return {
      engine,
      url: `file:${join(folder, 'rinde.db')}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `rinde_${label}_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: () => runAsAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
