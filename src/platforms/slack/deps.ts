import type { webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../storage/database.js';
import type { HomeRefresher } from './services/homeRefresh.js';
import type { NameLookup } from './users.js';

/** What the Slack adapter needs from the process; built once in main(), never at import time. */
export interface SlackDeps {
  config: Config;
  db: Db;
  logger: Logger;
  clock: () => Date;
  /** Web API retries: production keeps the SDK's patient default, tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
}

/** What every listener receives: the process dependencies plus per-app services. */
export interface ListenerDeps extends SlackDeps {
  names: NameLookup;
  /** Home tab refreshes after a change, coalesced per person and flushed when the app stops. */
  homes: HomeRefresher;
}
