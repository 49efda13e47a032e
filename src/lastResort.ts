import type { Logger } from './logger.js';
import { errorSummary } from './logger.js';

/** What `process` offers for this; tests pass an EventEmitter. */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

/**
 * The last resort for a bug that escapes every handler (a listener's promise nobody awaited, a
 * throw in a library's callback). Node's default ends the process, and with it every request in
 * flight and the sweep in progress: one bad request would stop the bot for everybody. Rinde logs
 * it with its stack and keeps serving. Every write is its own transaction and every send is claimed
 * in the outbox first, so an abandoned piece of work leaves nothing half-written to trip on
 * (docs/decisions/010).
 */
export function keepServingOnStrayErrors(events: ProcessEvents, logger: Logger): void {
  events.on('unhandledRejection', (reason) => {
    logger.error({ err: errorSummary(reason) }, 'unhandled rejection; still serving');
  });
  events.on('uncaughtException', (error) => {
    logger.fatal({ err: errorSummary(error) }, 'uncaught exception; still serving');
  });
}
