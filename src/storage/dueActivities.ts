import type { ReminderActivity } from '../domain/reminders/index.js';
import type { IsoDate } from '../domain/types.js';
import { toScheduleKind, toTarget } from './columns.js';
import type { Db } from './database.js';

export interface ReminderPlan {
  id: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export async function findActiveReminderPlan(db: Db): Promise<ReminderPlan | null> {
  return db.plan.findFirst({ where: { isActive: true }, select: { id: true, startsOn: true, endsOn: true } });
}

/**
 * The activities a sweep on `asOf` may remind about: those with a due date in `window` (found through
 * the `DueDate.dueOn` index, so the cost follows what is due, not the plan's size) and the continuous
 * ones, whose nudges depend on silence rather than dates. Progress counts entries up to `asOf`.
 */
export async function loadReminderActivities(
  db: Db,
  planId: number,
  window: { from: IsoDate; to: IsoDate },
  asOf: IsoDate,
): Promise<ReminderActivity[]> {
  const current = { planId, retiredAt: null };
  const [dated, continuous] = await Promise.all([
    db.dueDate.findMany({
      where: { dueOn: { gte: window.from, lte: window.to }, activity: current },
      select: { activityId: true },
    }),
    db.activity.findMany({ where: { ...current, scheduleKind: 'continuous' }, select: { id: true } }),
  ]);
  const ids = [
    ...new Set([...dated, ...continuous.map(({ id }) => ({ activityId: id }))].map((row) => row.activityId)),
  ];
  if (ids.length === 0) return [];
  const [activities, totals] = await Promise.all([
    db.activity.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        code: true,
        title: true,
        scheduleKind: true,
        target: true,
        unit: true,
        dueDates: { orderBy: { dueOn: 'asc' }, select: { dueOn: true } },
        offices: {
          select: {
            office: {
              select: { id: true, name: true, members: { select: { member: { select: { userId: true } } } } },
            },
          },
        },
      },
    }),
    db.progressEntry.groupBy({
      by: ['activityId'],
      where: { activityId: { in: ids }, effectiveOn: { lte: asOf } },
      _sum: { amount: true },
      _max: { effectiveOn: true },
    }),
  ]);
  const totalById = new Map(totals.map((row) => [row.activityId, row]));
  return activities.map((activity) => {
    const total = totalById.get(activity.id);
    const target = toTarget(activity.target, activity.unit);
    return {
      id: activity.id,
      code: activity.code,
      title: activity.title,
      scheduleKind: toScheduleKind(activity.scheduleKind),
      target: target.value,
      unit: target.unit,
      progress: total?._sum.amount ?? 0,
      lastLoggedOn: total?._max.effectiveOn ?? null,
      dueDates: activity.dueDates.map(({ dueOn }) => dueOn),
      offices: activity.offices.map(({ office }) => ({
        id: office.id,
        name: office.name,
        memberIds: office.members.map(({ member }) => member.userId).sort(),
      })),
    };
  });
}
