import type { BusinessCalendar } from '../domain/calendar/index.js';
import {
  dueDateWindow,
  localMoment,
  type PlannedReminder,
  planReminders,
  type ReminderSettings,
} from '../domain/reminders/index.js';
import type { Db } from '../storage/database.js';
import { claimedKeys } from '../storage/deliveries.js';
import { loadReminderActivities } from '../storage/dueActivities.js';

export interface ReminderPlanRef {
  id: number;
  entity: string;
  startsOn: string;
  endsOn: string;
}

export interface DueReminders {
  plan: ReminderPlanRef | null;
  reminders: PlannedReminder[];
}

/** The active plan's reminders due at `now`, read from a window of due dates around that day. */
export async function dueReminders(
  db: Db,
  settings: ReminderSettings,
  calendar: BusinessCalendar,
  now: Date,
): Promise<DueReminders> {
  const plan = await db.plan.findFirst({
    where: { isActive: true },
    select: { id: true, entity: true, startsOn: true, endsOn: true },
  });
  if (plan === null) return { plan: null, reminders: [] };
  const today = localMoment(now, settings.timeZone).date;
  const activities = await loadReminderActivities(db, plan, dueDateWindow(settings, today, plan), today);
  return { plan, reminders: planReminders({ plan, activities, calendar, settings }, now) };
}

/** What a sweep at `now` would send, leaving out what was already sent or claimed; reads only. */
export async function previewReminders(
  db: Db,
  settings: ReminderSettings,
  calendar: BusinessCalendar,
  now: Date,
): Promise<DueReminders> {
  const due = await dueReminders(db, settings, calendar, now);
  const claimed = await claimedKeys(
    db,
    due.reminders.map((reminder) => reminder.key),
  );
  return { ...due, reminders: due.reminders.filter((reminder) => !claimed.has(reminder.key)) };
}
