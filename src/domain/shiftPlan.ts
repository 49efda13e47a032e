import { addYears, isoParts } from './dates.js';
import type { ActivityDraft, PlanDraft } from './types.js';

/** Every year the vigencia spans, as written in the sheet's text ("15 de julio de 2024"). */
function yearsOf(plan: PlanDraft): number[] {
  const first = isoParts(plan.vigencia.from).year;
  const last = isoParts(plan.vigencia.to).year;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function shiftYearsInText(text: string, years: number[], amount: number): string {
  return text.replace(/\b(\d{4})\b/g, (written) =>
    years.includes(Number(written)) ? String(Number(written) + amount) : written,
  );
}

function shiftActivity(activity: ActivityDraft, years: number[], amount: number): ActivityDraft {
  return {
    ...activity,
    schedule: {
      ...activity.schedule,
      text: shiftYearsInText(activity.schedule.text, years, amount),
      dueDates: activity.schedule.dueDates.map((due) => addYears(due, amount)),
    },
  };
}

/**
 * The plan moved to start in `year`, dates and the years written in its schedule cells alike: the sample is
 * a past vigencia, and a newcomer's first /pendientes and reminder previews only make sense in the present.
 */
export function shiftPlanToYear(plan: PlanDraft, year: number): PlanDraft {
  const amount = year - isoParts(plan.vigencia.from).year;
  if (amount === 0) return plan;
  const years = yearsOf(plan);
  return {
    ...plan,
    vigencia: { from: addYears(plan.vigencia.from, amount), to: addYears(plan.vigencia.to, amount) },
    activities: plan.activities.map((activity) => shiftActivity(activity, years, amount)),
  };
}
