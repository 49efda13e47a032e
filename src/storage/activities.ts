import type { Target } from '../domain/types.js';
import { toTarget } from './columns.js';
import type { Db } from './database.js';
import type { Prisma } from './generated/sqlite/client.js';
import { byName, type OfficeRef } from './planView.js';

export interface ActivitySummary {
  id: number;
  planId: number;
  code: string;
  title: string;
  product: string;
  target: Target;
  offices: OfficeRef[];
}

/** Retired activities are not found: they left the plan and take no new progress. */
export async function findActivityByCode(db: Db, planId: number, code: string): Promise<ActivitySummary | null> {
  const activity = await db.activity.findFirst({
    where: { planId, code: code.trim(), retiredAt: null },
    select: summarySelect,
  });
  return activity && toSummary(activity);
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
export async function activitiesForUser(db: Db, planId: number, userId: string): Promise<ActivitySummary[]> {
  const activities = await db.activity.findMany({
    where: { planId, retiredAt: null, offices: { some: { office: { members: { some: { member: { userId } } } } } } },
    orderBy: planOrder,
    select: summarySelect,
  });
  return activities.map(toSummary);
}

const planOrder: Prisma.ActivityOrderByWithRelationInput[] = [
  { subcomponent: { position: 'asc' } },
  { position: 'asc' },
];

const summarySelect = {
  id: true,
  planId: true,
  code: true,
  title: true,
  product: true,
  target: true,
  unit: true,
  offices: { select: { office: { select: { id: true, name: true } } } },
} as const;

function toSummary(activity: {
  id: number;
  planId: number;
  code: string;
  title: string;
  product: string;
  target: number;
  unit: string;
  offices: { office: OfficeRef }[];
}): ActivitySummary {
  const { target, unit, offices, ...rest } = activity;
  return { ...rest, target: toTarget(target, unit), offices: offices.map(({ office }) => office).sort(byName) };
}
