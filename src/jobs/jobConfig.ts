import cron from 'node-cron';
import { z } from 'zod';
import {
  DEFAULT_REMINDER_SETTINGS,
  DEFAULT_STAGES_TEXT,
  parseClockTime,
  parseStages,
  type ReminderSettings,
} from '../domain/reminders/index.js';

/**
 * The variables the reminder and digest jobs read, to be merged into `configSchema` (src/config.ts).
 * Messages are Spanish: whoever sets the variable reads them at start-up.
 */
const stages = z
  .string()
  .default(DEFAULT_STAGES_TEXT)
  .transform((text, ctx) => {
    const parsed = parseStages(text);
    if (parsed.ok) return parsed.stages;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });

const clockTime = z
  .string()
  .default('08:00')
  .transform((text, ctx) => {
    const minutes = parseClockTime(text);
    if (minutes !== null) return minutes;
    ctx.addIssue({ code: 'custom', message: 'use la hora en formato HH:mm de 24 horas, por ejemplo 08:00' });
    return z.NEVER;
  });

const cronExpression = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((text) => cron.validate(text), 'no es una expresión cron válida, por ejemplo "0 8 * * 1" (lunes 08:00)');

const optionalChannel = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

export const jobConfigSchema = z.object({
  /** "7d,1h,0,vencida": 7 days before, 1 business day before, on the day, overdue. */
  REMINDER_STAGES: stages,
  /** Local time (TIME_ZONE) at which a day's reminders go out. */
  REMINDER_HOUR: clockTime,
  REMINDER_OVERDUE_REPEAT_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  REMINDER_QUIET_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How often the sweep looks for due reminders and retries; it sends nothing before REMINDER_HOUR. */
  SWEEP_CRON: cronExpression('*/5 * * * *'),
  DIGEST_CRON: cronExpression('0 8 * * 1'),
  /** When to check for an open cut-off to post; the report goes out once per cut-off, the first business day it is due. */
  CUTOFF_CRON: cronExpression('0 8 * * *'),
  /** Where the weekly digest goes; PLANNING_CHANNEL when unset. */
  DIGEST_CHANNEL: optionalChannel,
});

export type JobConfig = z.infer<typeof jobConfigSchema>;

export function reminderSettingsOf(config: JobConfig, timeZone: string): ReminderSettings {
  return {
    ...DEFAULT_REMINDER_SETTINGS,
    stages: config.REMINDER_STAGES,
    sendAtMinutes: config.REMINDER_HOUR,
    timeZone,
    overdueRepeatDays: config.REMINDER_OVERDUE_REPEAT_DAYS,
    quietDays: config.REMINDER_QUIET_DAYS,
  };
}
