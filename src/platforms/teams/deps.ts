import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../storage/database.js';

/** What the Teams adapter needs from the process; built once in main(), never at import time. */
export interface TeamsDeps {
  config: Config;
  db: Db;
  logger: Logger;
  clock: () => Date;
}
