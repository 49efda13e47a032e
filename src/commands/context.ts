import type { StatusBands } from '../domain/types.js';
import type { Db } from '../storage/database.js';
import type { ProgressLedger } from '../storage/ledger/index.js';

export interface Caller {
  /** The chat platform's user ID ("U0123ABC"), or a local name for the console and CLI. */
  userId: string;
  displayName: string | null;
}

/** Everything a command needs, passed in by the platform adapter; `now` is injected, never read. */
export interface CommandContext {
  db: Db;
  /** Where `/avance` reads what it checks and appends the entry (see storage/ledger). */
  ledger: ProgressLedger;
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
}
