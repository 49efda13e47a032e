import type { IsoDate, ScheduleKind, TargetUnit } from '../domain/types.js';
import { toScheduleKind, toTargetUnit } from './columns.js';
import type { Db } from './database.js';
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

/**
 * Retired activities are not found: they left the plan and take no new progress. Raw SQL because
 * `/estado` and undo look an activity up on every call: three plain statements cost a fraction of
 * one Prisma model query with its relations. (`/avance` reads it with the rest of its context, in
 * ledger/.)
 */
export async function findActivityByCode(db: Db, planId: number, code: string): Promise<ActivityRecord | null> {
  const [activity] = await db.$queryRaw<ActivityJoinRow[]>`
    SELECT a."id", a."planId", a."code", a."title", a."product", a."target", a."unit", a."scheduleText",
      a."scheduleKind", s."code" AS "subcomponentCode", s."name" AS "subcomponentName"
    FROM "Activity" a JOIN "Subcomponent" s ON s."id" = a."subcomponentId"
    WHERE a."planId" = ${planId} AND a."code" = ${code.trim()} AND a."retiredAt" IS NULL`;
  if (activity === undefined) return null;
  const [offices, dueDates] = await Promise.all([
    db.$queryRaw<OfficeRef[]>`
      SELECT o."id", o."name" FROM "ActivityOffice" ao JOIN "Office" o ON o."id" = ao."officeId"
      WHERE ao."activityId" = ${activity.id}`,
    db.$queryRaw<{ dueOn: IsoDate }[]>`
      SELECT "dueOn" FROM "DueDate" WHERE "activityId" = ${activity.id} ORDER BY "sequence"`,
  ]);
  const { subcomponentCode, subcomponentName, ...fields } = activity;
  return toActivityRecord({
    ...fields,
    target: Number(fields.target),
    subcomponent: { code: subcomponentCode, name: subcomponentName },
    offices: offices.map((office) => ({ office })),
    dueDates,
  });
}

interface ActivityJoinRow extends Omit<ActivityRow, 'subcomponent' | 'offices' | 'dueDates'> {
  subcomponentCode: string;
  subcomponentName: string;
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

/** An activity as read with its subcomponent, offices and due dates, by Prisma or by the ledger's SQL. */
export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof recordSelect }>;

export function toActivityRecord({ unit, scheduleKind, offices, dueDates, ...activity }: ActivityRow): ActivityRecord {
  return {
    ...activity,
    unit: toTargetUnit(unit),
    scheduleKind: toScheduleKind(scheduleKind),
    offices: offices.map(({ office }) => office).sort(byName),
    dueDates: dueDates.map(({ dueOn }) => dueOn),
  };
}
