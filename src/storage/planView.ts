import type { IsoDate, ScheduleKind, TargetUnit } from '../domain/types.js';
import { toScheduleKind, toTargetUnit } from './columns.js';
import type { Db } from './database.js';
import { PlanNotFoundError } from './errors.js';
import { totalsOf } from './totals.js';

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
  /** Sum of every entry (corrections included), up to `asOf` when given. */
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

/**
 * Everything a status report needs, in a fixed number of queries whatever the plan's size.
 * With `asOf`, totals count only entries effective on or before that day.
 */
export async function loadPlanView(db: Db, planId: number, options: { asOf?: IsoDate } = {}): Promise<PlanView> {
  const asOf = options.asOf ?? null;
  const current = { planId, retiredAt: null };
  const [plan, subcomponents, activities, totals] = await Promise.all([
    db.plan.findUnique({ where: { id: planId }, select: headerSelect }),
    db.subcomponent.findMany({
      where: { planId, activities: { some: { retiredAt: null } } },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, name: true, fullText: true, position: true },
    }),
    db.activity.findMany({
      where: current,
      orderBy: [{ subcomponent: { position: 'asc' } }, { position: 'asc' }],
      include: {
        offices: { select: { office: { select: { id: true, name: true } } } },
        dueDates: { orderBy: { sequence: 'asc' }, select: { dueOn: true } },
      },
    }),
    asOf === null ? totalsOf(db, planId) : totalsUpTo(db, planId, asOf),
  ]);
  if (!plan) throw new PlanNotFoundError(planId);
  return {
    plan,
    subcomponents,
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
      offices: activity.offices.map(({ office }) => office).sort(byName),
      dueDates: activity.dueDates.map(({ dueOn }) => dueOn),
      progress: totals.get(activity.id) ?? 0,
    })),
    asOf,
  };
}

/**
 * Totals as they stood on `asOf`: summed from the entries effective by then, unlike today's, which
 * ProgressTotal keeps (summing every entry made a Home tab's cost grow with the plan's history).
 */
async function totalsUpTo(db: Db, planId: number, asOf: IsoDate): Promise<Map<number, number>> {
  const rows = await db.progressEntry.groupBy({
    by: ['activityId'],
    where: { activity: { planId, retiredAt: null }, effectiveOn: { lte: asOf } },
    _sum: { amount: true },
  });
  return new Map(rows.map((row) => [row.activityId, row._sum.amount ?? 0]));
}

const spanishOrder = new Intl.Collator('es');

/** Spanish order in JavaScript, because the engines' collations disagree on accents. */
export function byName(a: { name: string }, b: { name: string }): number {
  return spanishOrder.compare(a.name, b.name);
}

const headerSelect = {
  id: true,
  entity: true,
  year: true,
  startsOn: true,
  endsOn: true,
  challenge: true,
  objective: true,
  challengeGoal: true,
  indicator: true,
  sourceFile: true,
  isActive: true,
} as const;
