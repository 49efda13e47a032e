import { groupBy } from '../domain/groupBy.js';
import type { IsoDate, ScheduleKind, TargetUnit } from '../domain/types.js';
import { toScheduleKind, toTargetUnit } from './columns.js';
import type { Db } from './database.js';
import { PlanNotFoundError } from './errors.js';
import { progressTotals } from './totals.js';

export interface OfficeRef {
  id: number;
  name: string;
}

export interface PlanHeaderView {
  id: number;
  entity: string;
  year: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  challenge: string | null;
  objective: string | null;
  challengeGoal: string | null;
  indicator: string | null;
  sourceFile: string | null;
  isActive: boolean;
}

export interface SubcomponentView {
  id: number;
  code: string;
  name: string;
  fullText: string;
  position: number;
}

export interface PlanViewActivity {
  id: number;
  code: string;
  subcomponentId: number;
  position: number;
  title: string;
  product: string;
  responsibleText: string;
  target: number;
  unit: TargetUnit;
  scheduleText: string;
  scheduleKind: ScheduleKind;
  description: string | null;
  sourceRow: number | null;
  offices: OfficeRef[];
  /** In schedule order. */
  dueDates: IsoDate[];
  /** The activity's total (storage/totals.ts), up to `asOf` when given. */
  progress: number;
}

export interface PlanView {
  plan: PlanHeaderView;
  /** Only subcomponents that still have activities, by position. */
  subcomponents: SubcomponentView[];
  /** Current (not retired) activities, by subcomponent position then activity position. */
  activities: PlanViewActivity[];
  asOf: IsoDate | null;
}

// The plan view is read for every Home tab, status and digest, so it is read in raw SQL (the same
// text on both engines): through Prisma's query builder the same rows cost ten times as much, ~5 ms
// for a 15-activity plan, and a Home refresh held the event loop that long.

/** An activity's own columns as stored (unit and schedule kind unchecked), with its subcomponent's. */
type ActivityRow = Omit<PlanViewActivity, 'unit' | 'scheduleKind' | 'offices' | 'dueDates' | 'progress'> & {
  unit: string;
  scheduleKind: string;
  subcomponentCode: string;
  subcomponentName: string;
  subcomponentFullText: string;
  subcomponentPosition: number;
};

function readHeader(db: Db, planId: number): Promise<PlanHeaderView[]> {
  return db.$queryRaw<PlanHeaderView[]>`
    SELECT "id", "entity", "year", "startsOn", "endsOn", "challenge", "objective", "challengeGoal", "indicator",
      "sourceFile", "isActive"
    FROM "Plan" WHERE "id" = ${planId}`;
}

/** Current activities in report order, each with its subcomponent. */
function readActivities(db: Db, planId: number): Promise<ActivityRow[]> {
  return db.$queryRaw<ActivityRow[]>`
    SELECT a."id", a."code", a."subcomponentId", a."position", a."title", a."product", a."responsibleText",
      a."target", a."unit", a."scheduleText", a."scheduleKind", a."description", a."sourceRow",
      s."code" AS "subcomponentCode", s."name" AS "subcomponentName", s."fullText" AS "subcomponentFullText",
      s."position" AS "subcomponentPosition"
    FROM "Activity" a
      JOIN "Subcomponent" s ON s."id" = a."subcomponentId"
    WHERE a."planId" = ${planId} AND a."retiredAt" IS NULL
    ORDER BY s."position", a."position", a."id"`;
}

/** The offices of the plan's current activities, by activity. */
async function readOffices(db: Db, planId: number): Promise<Map<number, OfficeRef[]>> {
  const rows = await db.$queryRaw<(OfficeRef & { activityId: number })[]>`
    SELECT ao."activityId", o."id", o."name"
    FROM "ActivityOffice" ao
      JOIN "Activity" a ON a."id" = ao."activityId"
      JOIN "Office" o ON o."id" = ao."officeId"
    WHERE a."planId" = ${planId} AND a."retiredAt" IS NULL`;
  return groupBy(
    rows,
    (row) => row.activityId,
    ({ id, name }) => ({ id, name }),
  );
}

/** The due dates of the plan's current activities, by activity, in schedule order. */
async function readDueDates(db: Db, planId: number): Promise<Map<number, IsoDate[]>> {
  const rows = await db.$queryRaw<{ activityId: number; dueOn: IsoDate }[]>`
    SELECT d."activityId", d."dueOn"
    FROM "DueDate" d JOIN "Activity" a ON a."id" = d."activityId"
    WHERE a."planId" = ${planId} AND a."retiredAt" IS NULL
    ORDER BY d."activityId", d."sequence"`;
  return groupBy(
    rows,
    (row) => row.activityId,
    (row) => row.dueOn,
  );
}

/** The subcomponents the activities belong to, in the activities' (report) order. */
function subcomponentsOf(activities: readonly ActivityRow[]): SubcomponentView[] {
  const byId = new Map<number, SubcomponentView>();
  for (const row of activities) {
    if (byId.has(row.subcomponentId)) continue;
    byId.set(row.subcomponentId, {
      id: row.subcomponentId,
      code: row.subcomponentCode,
      name: row.subcomponentName,
      fullText: row.subcomponentFullText,
      position: row.subcomponentPosition,
    });
  }
  return [...byId.values()];
}

/**
 * Everything a status report needs, in a fixed number of queries whatever the plan's size.
 * With `asOf`, totals count only entries effective on or before that day.
 */
export async function loadPlanView(db: Db, planId: number, options: { asOf?: IsoDate } = {}): Promise<PlanView> {
  const asOf = options.asOf ?? null;
  const [[plan], activities, offices, dueDates, totals] = await Promise.all([
    readHeader(db, planId),
    readActivities(db, planId),
    readOffices(db, planId),
    readDueDates(db, planId),
    progressTotals(db, { planId }, asOf),
  ]);
  if (!plan) throw new PlanNotFoundError(planId);
  return {
    plan,
    subcomponents: subcomponentsOf(activities),
    activities: activities.map((activity) => ({
      id: activity.id,
      code: activity.code,
      subcomponentId: activity.subcomponentId,
      position: activity.position,
      title: activity.title,
      product: activity.product,
      responsibleText: activity.responsibleText,
      target: activity.target,
      unit: toTargetUnit(activity.unit),
      scheduleText: activity.scheduleText,
      scheduleKind: toScheduleKind(activity.scheduleKind),
      description: activity.description,
      sourceRow: activity.sourceRow,
      offices: (offices.get(activity.id) ?? []).sort(byName),
      dueDates: dueDates.get(activity.id) ?? [],
      progress: totals.get(activity.id) ?? 0,
    })),
    asOf,
  };
}

const spanishOrder = new Intl.Collator('es');

/** Spanish order in JavaScript, because the engines' collations disagree on accents. */
export function byName(a: { name: string }, b: { name: string }): number {
  return spanishOrder.compare(a.name, b.name);
}
