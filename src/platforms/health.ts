import type { Db } from '../storage/database.js';

/** What every platform's server answers health checks on. */
export const HEALTH_PATH = '/healthz';

/** A load balancer's check must answer promptly even while the database hangs. */
export const DATABASE_PROBE_TIMEOUT_MS = 2000;

export type DatabaseHealth = { status: 'ok' } | { status: 'unreachable'; error: string };

/** One trivial query, with a deadline: a PostgreSQL that is down (or a pool that hangs) is "unreachable". */
export async function probeDatabase(db: Db, timeoutMs = DATABASE_PROBE_TIMEOUT_MS): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRawUnsafe('SELECT 1'), deadline]);
    return { status: 'ok' };
  } catch (error) {
    return {
      status: 'unreachable',
      error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
