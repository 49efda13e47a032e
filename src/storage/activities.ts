import type { IsoDate, ScheduleKind, TargetUnit } from '../domain/types.js';
import { toScheduleKind, toTargetUnit } from './columns.js';
import type { Db, Tx } from './database.js';
import type { Prisma } from './generated/sqlite/client.js';
import { byName, type OfficeRef } from './planView.js';

/** One current activity with what a command needs to check rights and report compliance. */
export interface ActivityRecord {
  id: number;
  planId: number;
  code: string;
  title: string;
  product: string;
  subcomponent: { code: string; name: string };
  offices: OfficeRef[];
  target: number;
  unit: TargetUnit;
  scheduleText: string;
  scheduleKind: ScheduleKind;
  /** In schedule order. */
  dueDates: IsoDate[];
}

/** Current codes in plan order, e.g. to suggest one when a user mistypes it. */
export async function listActivityCodes(db: Db, planId: number): Promise<string[]> {
  const activities = await db.activity.findMany({
    where: { planId, retiredAt: null },
    orderBy: planOrder,
    select: { code: true },
  });
  return activities.map(({ code }) => code);
}

/** The current activities of the offices the user belongs to, in plan order. */
export async function activitiesForUser(db: Db, planId: number, userId: string): Promise<ActivityRecord[]> {
  const activities = await db.activity.findMany({
    where: { planId, retiredAt: null, offices: { some: { office: { members: { some: { member: { userId } } } } } } },
    orderBy: planOrder,
    select: recordSelect,
  });
  return activities.map(toActivityRecord);
}

/** The current (not retired) activity with this ID, or with this code in the plan; null when there is none. */
export async function findCurrentActivity(
  db: Db | Tx,
  where: { id: number } | { planId: number; code: string },
): Promise<ActivityRecord | null> {
  const row = await db.activity.findFirst({ where: { ...where, retiredAt: null }, select: recordSelect });
  return row && toActivityRecord(row);
}

/**
 * The current activity `code` names in the plan, read with its row lock taken (a no-op update, as
 * `lockActivity`), so whoever adds to its entries next waits for this transaction; null when there is none.
 */
export async function lockCurrentActivity(
  tx: Tx,
  where: { planId: number; code: string },
): Promise<ActivityRecord | null> {
  try {
    const row = await tx.activity.update({
      where: { planId_code: where, retiredAt: null },
      data: { position: { increment: 0 } },
      select: recordSelect,
    });
    return toActivityRecord(row);
  } catch (error) {
    // No current activity by that code (none at all, or retired): nothing was locked.
    if ((error as { code?: unknown }).code === 'P2025') return null;
    throw error;
  }
}

/** An activity a re-import retired (the sheet no longer lists it): its record and when it was retired. */
export async function findRetiredActivity(
  db: Db | Tx,
  where: { planId: number; code: string },
): Promise<(ActivityRecord & { retiredAt: Date }) | null> {
  const row = await db.activity.findFirst({
    where: { ...where, retiredAt: { not: null } },
    select: { ...recordSelect, retiredAt: true },
  });
  if (row?.retiredAt == null) return null;
  return { ...toActivityRecord(row), retiredAt: row.retiredAt };
}

const planOrder: Prisma.ActivityOrderByWithRelationInput[] = [
  { subcomponent: { position: 'asc' } },
  { position: 'asc' },
];

const recordSelect = {
  id: true,
  planId: true,
  code: true,
  title: true,
  product: true,
  target: true,
  unit: true,
  scheduleText: true,
  scheduleKind: true,
  subcomponent: { select: { code: true, name: true } },
  offices: { select: { office: { select: { id: true, name: true } } } },
  dueDates: { orderBy: { sequence: 'asc' }, select: { dueOn: true } },
} satisfies Prisma.ActivitySelect;

/** An activity as read with its subcomponent, offices and due dates. */
export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof recordSelect }>;

export function toActivityRecord(row: ActivityRow): ActivityRecord {
  return activityRecord(
    row,
    row.subcomponent,
    row.offices.map(({ office }) => office),
    row.dueDates.map(({ dueOn }) => dueOn),
  );
}

/** The record from an activity's own columns and what belongs to it. Sorts `offices` in place. */
export function activityRecord(
  columns: Pick<
    ActivityRow,
    'id' | 'planId' | 'code' | 'title' | 'product' | 'target' | 'unit' | 'scheduleText' | 'scheduleKind'
  >,
  subcomponent: { code: string; name: string },
  offices: OfficeRef[],
  dueDates: IsoDate[],
): ActivityRecord {
  return {
    id: columns.id,
    planId: columns.planId,
    code: columns.code,
    title: columns.title,
    product: columns.product,
    subcomponent,
    offices: offices.sort(byName),
    target: columns.target,
    unit: toTargetUnit(columns.unit),
    scheduleText: columns.scheduleText,
    scheduleKind: toScheduleKind(columns.scheduleKind),
    dueDates,
  };
}
