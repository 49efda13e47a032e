import type { IsoDate, Status, StatusBands } from './types.js';

/** What compliance needs to know about one activity; storage and importers both produce it. */
export interface ActivityFacts {
  code: string;
  subcomponentCode: string;
  target: number;
  progress: number;
  dueDates: IsoDate[];
}

export type ActivityState = 'completed' | 'behind' | 'on_track';

export interface ActivityCompliance {
  code: string;
  ratio: number;
  /** The ratio its due dates passed by `at` call for: 2 of 4 dates passed → 0.5. */
  expected: number;
  state: ActivityState;
  status: Status;
}

export interface ComplianceTotals {
  activities: number;
  completed: number;
  /** The plan's own indicator: actividades desarrolladas / actividades programadas. */
  indicator: number;
  /** The mean of the activity ratios. */
  average: number;
  behind: number;
  status: Status;
}

export interface SubcomponentCompliance extends ComplianceTotals {
  code: string;
}

export interface ComplianceReport {
  at: IsoDate;
  summary: ComplianceTotals;
  subcomponents: SubcomponentCompliance[];
  activities: ActivityCompliance[];
}

/** min(progress / target, 1); a target of zero or less counts as met once anything is logged. */
export function activityRatio(progress: number, target: number): number {
  if (target <= 0) return progress > 0 ? 1 : 0;
  return Math.min(Math.max(progress / target, 0), 1);
}

/** The share of an activity's due dates that have passed on `at` (a due date on `at` counts). */
export function expectedRatio(dueDates: readonly IsoDate[], at: IsoDate): number {
  if (dueDates.length === 0) return 0;
  const passed = dueDates.filter((due) => due <= at).length;
  return passed / dueDates.length;
}

/** A ratio's colour on the monitoring scale; ratios are compared in whole percentage points. */
export function statusOf(ratio: number, bands: StatusBands): Status {
  const percent = Math.round(ratio * 100);
  if (percent >= Math.round(bands.green * 100)) return 'green';
  if (percent >= Math.round(bands.yellow * 100)) return 'yellow';
  return 'red';
}

export function activityCompliance(activity: ActivityFacts, at: IsoDate, bands: StatusBands): ActivityCompliance {
  const ratio = activityRatio(activity.progress, activity.target);
  const expected = expectedRatio(activity.dueDates, at);
  const state: ActivityState = ratio >= 1 ? 'completed' : ratio < expected ? 'behind' : 'on_track';
  return { code: activity.code, ratio, expected, state, status: statusOf(ratio, bands) };
}

export function totalsOf(activities: readonly ActivityCompliance[], bands: StatusBands): ComplianceTotals {
  const count = activities.length;
  const completed = activities.filter((a) => a.state === 'completed').length;
  const indicator = count === 0 ? 0 : completed / count;
  const average = count === 0 ? 0 : activities.reduce((sum, a) => sum + a.ratio, 0) / count;
  const behind = activities.filter((a) => a.state === 'behind').length;
  return { activities: count, completed, indicator, average, behind, status: statusOf(average, bands) };
}

/**
 * The plan's compliance on `at`: per activity, per subcomponent (in the order given) and overall.
 * The status colour of a group follows its average, as PAAC follow-up reports do.
 */
export function complianceReport(
  subcomponentCodes: readonly string[],
  activities: readonly ActivityFacts[],
  at: IsoDate,
  bands: StatusBands,
): ComplianceReport {
  const rows = activities.map((activity) => ({ activity, result: activityCompliance(activity, at, bands) }));
  const subcomponents = subcomponentCodes.map((code) => ({
    code,
    ...totalsOf(
      rows.filter((row) => row.activity.subcomponentCode === code).map((row) => row.result),
      bands,
    ),
  }));
  const results = rows.map((row) => row.result);
  return { at, summary: totalsOf(results, bands), subcomponents, activities: results };
}

/** "25 %" as es-CO writes it: whole percentage points, with a space before the sign. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)} %`;
}
