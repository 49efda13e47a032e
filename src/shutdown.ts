import type { Logger } from './logger.js';

/** How long a shutdown may wait for in-flight requests and a running sweep before giving up. */
export const SHUTDOWN_GRACE_MS = 25_000;

/**
 * On SIGTERM or SIGINT (an orchestrator's stop, Ctrl-C): `stop` finishes the requests and jobs in
 * progress, then the process exits 0; one that takes longer than the grace period exits 1 anyway, so
 * a hung connection cannot keep a stopped deployment alive.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger, graceMs = SHUTDOWN_GRACE_MS): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests and jobs in progress');
    const deadline = setTimeout(() => {
      logger.error({ graceMs }, 'shutdown took too long; exiting anyway');
      process.exit(1);
    }, graceMs);
    deadline.unref();
    await stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
