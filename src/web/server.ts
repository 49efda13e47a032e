import { createServer, type Server } from 'node:http';
import type { Config } from '../config.js';
import { errorSummary, type Logger } from '../logger.js';
import type { Db } from '../storage/database.js';
import { publicPages } from './index.js';

/**
 * The public pages on their own server, for the console's deployment (Slack's and Teams' servers mount
 * `publicPages` beside their endpoints). A port already taken (a second console on the machine) leaves
 * the console working without them: null.
 */
export function servePublicPages(config: Config, db: Db, clock: () => Date, logger: Logger): Promise<Server | null> {
  const server = createServer(publicPages(config, db, clock, logger));
  return new Promise((resolve) => {
    server.once('error', (error) => {
      logger.info({ err: errorSummary(error), port: config.PORT }, 'public pages not served: the port is taken');
      resolve(null);
    });
    server.listen(config.PORT, () => resolve(server));
  });
}

export async function closeServer(server: Server | null): Promise<void> {
  if (server === null) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
