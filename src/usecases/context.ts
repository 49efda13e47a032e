import type { Config } from '../config.js';
import type { StatusBands } from '../domain/types.js';
import type { Db } from '../storage/database.js';

export interface Caller {
  /** The chat platform's user ID ("U0123ABC"), or a local name for the console and CLI. */
  userId: string;
  displayName: string | null;
}

/** Everything a command needs, passed in by the platform adapter; `now` is injected, never read. */
export interface CommandContext {
  db: Db;
  now: Date;
  timeZone: string;
  bands: StatusBands;
  caller: Caller;
  source: 'chat' | 'cli';
  /** How this platform refers to a user in text: "<@U123>" in Slack, the ID in a console. */
  mention: (userId: string) => string;
  /** A plan other than the active one ("2024", or its ID); commands use the active plan without it. */
  planRef?: string | undefined;
  /** The console and CLI run on the server itself, so whoever types there acts as an admin. */
  actsAsAdmin?: boolean;
  /** Days after the vigencia ends during which late progress is still taken (LATE_LOGGING_GRACE_DAYS). */
  lateGraceDays?: number;
  /** The chat request's own identity (Slack's trigger_id, a modal's view ID and hash): a replay of it writes nothing new. */
  requestKey?: string;
  /** The public page's address (PUBLIC_URL), for replies that point at it. */
  publicUrl?: string | undefined;
}

/** The part of every command's context that comes from configuration, the same on every platform. */
export function configuredContext(
  config: Pick<Config, 'TIME_ZONE' | 'STATUS_BANDS' | 'LATE_LOGGING_GRACE_DAYS' | 'PUBLIC_URL'>,
): Pick<CommandContext, 'timeZone' | 'bands' | 'lateGraceDays' | 'publicUrl'> {
  return {
    timeZone: config.TIME_ZONE,
    bands: config.STATUS_BANDS,
    lateGraceDays: config.LATE_LOGGING_GRACE_DAYS,
    publicUrl: config.PUBLIC_URL,
  };
}
