export { formatClockTime, instantAt, type LocalMoment, localMoment, parseClockTime } from './clock.js';
export type { ReminderKind, Shift, ShiftReason } from './occurrences.js';
export {
  dueDateWindow,
  expectedProgress,
  type OfficeRecipients,
  type PlannedReminder,
  planReminders,
  type ReminderActivity,
  type ReminderPlanInput,
  reminderKey,
} from './planReminders.js';
export {
  DEFAULT_REMINDER_SETTINGS,
  DEFAULT_STAGES_TEXT,
  parseStages,
  type ReminderSettings,
  type StageParseResult,
  type StageSpec,
  stageId,
} from './stages.js';
