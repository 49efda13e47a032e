import {
  canConnect,
  createScratchDatabase,
  type Engine,
  type ScratchDatabase,
} from '../../test/support/scratchDatabases.js';

/** The PostgreSQL the benches may create scratch databases in (loopback only). */
export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export type Scratch = ScratchDatabase;

export function scratchDatabase(engine: Engine): Promise<Scratch> {
  return createScratchDatabase(engine, POSTGRES_ADMIN_URL, 'bench');
}

/** The engines this run can measure: SQLite always, PostgreSQL when the local server answers. */
export async function availableEngines(): Promise<Engine[]> {
  if (await canConnect(POSTGRES_ADMIN_URL)) return ['sqlite', 'postgresql'];
  console.log(`(PostgreSQL no responde en ${POSTGRES_ADMIN_URL}: solo SQLite)`);
  return ['sqlite'];
}
