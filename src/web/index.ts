import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import { createCalendar } from '../domain/calendar/index.js';
import type { Logger } from '../logger.js';
import type { Db } from '../storage/database.js';
import type { WebDeps } from './data.js';
import { createPublicSite, nodeHandler } from './site.js';

export function webDepsOf(config: Config, db: Db, clock: () => Date): WebDeps {
  return {
    db,
    clock,
    timeZone: config.TIME_ZONE,
    bands: config.STATUS_BANDS,
    cutoffDates: config.CUTOFF_DATES,
    calendar: createCalendar({ extraHolidays: config.EXTRA_HOLIDAYS }),
  };
}

/** The public pages as a node:http handler, for whichever server the deployment runs on PORT. */
export function publicPages(
  config: Config,
  db: Db,
  clock: () => Date,
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse) => void {
  const log = logger.child({ component: 'web' });
  return nodeHandler(createPublicSite(webDepsOf(config, db, clock)), (error) =>
    log.error(
      { err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) },
      'public page failed',
    ),
  );
}
