import { createCalendar } from '../../../src/domain/calendar/index.js';
import {
  DEFAULT_REMINDER_SETTINGS,
  type ReminderActivity,
  type ReminderPlanInput,
} from '../../../src/domain/reminders/index.js';
import { scheduleStartOf } from '../../../src/domain/schedule/index.js';
import type { PlanDraft } from '../../../src/domain/types.js';
import { importPlanFile } from '../../../src/importer/index.js';

export const SAMPLE_FILE = 'samples/tauramena-2024.xlsx';

export async function sampleDraft(): Promise<PlanDraft> {
  const result = await importPlanFile(SAMPLE_FILE, {});
  if (!result.ok) throw new Error(`the sample plan no longer imports: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/**
 * The sample plan as the planner sees it, with every office staffed by one member named after it
 * (so recipients are readable in expectations) unless listed in `unstaffed`, and progress by code.
 */
export function plannerInput(
  draft: PlanDraft,
  options: { progress?: Record<string, number>; lastLoggedOn?: Record<string, string>; unstaffed?: string[] } = {},
): ReminderPlanInput {
  const officeIds = new Map<string, number>();
  const officeId = (name: string) => {
    if (!officeIds.has(name)) officeIds.set(name, officeIds.size + 1);
    return officeIds.get(name) as number;
  };
  const activities: ReminderActivity[] = draft.activities.map((activity, index) => ({
    id: index + 1,
    code: activity.code,
    title: activity.title,
    scheduleKind: activity.schedule.kind,
    target: activity.target.value,
    unit: activity.target.unit,
    progress: options.progress?.[activity.code] ?? 0,
    lastLoggedOn: options.lastLoggedOn?.[activity.code] ?? null,
    startsOn: scheduleStartOf(activity.schedule.text, draft.vigencia),
    dueDates: activity.schedule.dueDates,
    offices: activity.offices.map((name) => ({
      id: officeId(name),
      name,
      memberIds: options.unstaffed?.includes(name) ? [] : [`U-${name}`],
    })),
  }));
  return {
    plan: { id: 1, startsOn: draft.vigencia.from, endsOn: draft.vigencia.to },
    activities,
    calendar: createCalendar(),
    settings: DEFAULT_REMINDER_SETTINGS,
  };
}
