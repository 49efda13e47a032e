import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL the benches may create scratch databases in (loopback only). */
export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface Scratch {
  engine: 'sqlite' | 'postgresql';
  url: string;
  drop(): Promise<void>;
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(engine: Scratch['engine']): Promise<Scratch> {
  if (engine === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'rinde-bench-'));
    return { engine, url: `file:${join(folder, 'rinde.db')}`, drop: async () => rmSync(folder, { recursive: true }) };
  }
  const name = `rinde_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { engine, url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The engines this run can measure: SQLite always, PostgreSQL when the local server answers. */
export async function availableEngines(): Promise<Scratch['engine'][]> {
  if (await postgresAvailable()) return ['sqlite', 'postgresql'];
  console.log(`(PostgreSQL no responde en ${POSTGRES_ADMIN_URL}: solo SQLite)`);
  return ['sqlite'];
}
