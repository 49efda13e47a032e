import type { Config } from '../config.js';
import { type BusinessCalendar, createCalendar } from '../domain/calendar/index.js';
import type { ReminderSettings } from '../domain/reminders/index.js';
import type { StatusBands } from '../domain/types.js';
import type { ChatPlatform } from '../platforms/port.js';
import type { Db } from '../storage/database.js';
import { type JobConfig, reminderSettingsOf } from './jobConfig.js';
import { DEFAULT_RETRY_POLICY, type JobLogger, type RetryPolicy } from './outbox.js';

/** Everything the reminder and digest jobs need, built once in main() and passed to every run. */
export interface JobDeps {
  db: Db;
  /** The configured platform: reminders, digests and reports go out through it. */
  platform: ChatPlatform;
  logger: JobLogger;
  settings: ReminderSettings;
  calendar: BusinessCalendar;
  bands: StatusBands;
  /** The planning office's channel: offices with no member are reported there. */
  planningChannel: string | undefined;
  digestChannel: string | undefined;
  policy: RetryPolicy;
  /** Real time, for the outbox's leases while a run goes on; without it, the run's own `now`. */
  clock?: () => Date;
}

export type JobEnvironment = Pick<Config, 'TIME_ZONE' | 'STATUS_BANDS' | 'EXTRA_HOLIDAYS' | 'PLANNING_CHANNEL'> &
  JobConfig;

export function jobDepsOf(
  config: JobEnvironment,
  services: { db: Db; platform: ChatPlatform; logger: JobLogger },
): JobDeps {
  return {
    ...services,
    settings: reminderSettingsOf(config, config.TIME_ZONE),
    calendar: createCalendar({ extraHolidays: config.EXTRA_HOLIDAYS }),
    bands: config.STATUS_BANDS,
    planningChannel: config.PLANNING_CHANNEL,
    digestChannel: config.DIGEST_CHANNEL ?? config.PLANNING_CHANNEL,
    policy: DEFAULT_RETRY_POLICY,
  };
}
