import { officeKey } from '../domain/offices.js';
import { foldText } from '../domain/text.js';
import type { ActivityDraft, IsoDate, PlanDraft } from '../domain/types.js';
import type { Db, Tx } from './database.js';
import { PlanNotFoundError } from './errors.js';

export interface SavePlanOptions {
  sourceFile?: string;
  /** Slack user who imported the sheet: the author of the progress it carries. */
  authorId: string;
}

export interface SavePlanResult {
  planId: number;
  created: boolean;
  activities: { created: number; updated: number; retired: number };
  offices: { created: number };
}

export interface PlanSummary {
  id: number;
  entity: string;
  year: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  sourceFile: string | null;
  isActive: boolean;
  activityCount: number;
  updatedAt: Date;
}

export const IMPORTED_PROGRESS_NOTE = 'Avance registrado en la hoja importada';

/** Progress differences below this are float noise from sums, not progress. */
const PROGRESS_EPSILON = 1e-9;

/** A large plan on a remote PostgreSQL takes longer than Prisma's 5 s default. */
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/**
 * Creates or updates the plan of (entity, year of vigencia end). A new plan becomes the active
 * one. Activities are matched by code, updated in place, and retired (never deleted) when the
 * sheet no longer lists them, so logged progress is never touched.
 */
export function savePlanDraft(db: Db, draft: PlanDraft, options: SavePlanOptions): Promise<SavePlanResult> {
  return db.$transaction(async (tx) => {
    const { planId, created } = await upsertPlan(tx, draft, options.sourceFile);
    const offices = await ensureOffices(tx, draft.activities);
    const subcomponentIds = await upsertSubcomponents(tx, planId, draft);
    const existing = await tx.activity.findMany({ where: { planId }, select: { id: true, code: true } });
    const existingIds = new Map(existing.map((activity) => [activity.code, activity.id]));
    const activityIds = await upsertActivities(tx, planId, draft.activities, subcomponentIds, existingIds);
    await replaceSchedulesAndOffices(tx, draft.activities, activityIds, offices.idByKey);
    const retired = await retireMissingActivities(tx, planId, draft.activities);
    await importInitialProgress(tx, draft, activityIds, options.authorId);
    const updated = draft.activities.filter((activity) => existingIds.has(activity.code)).length;
    return {
      planId,
      created,
      activities: { created: draft.activities.length - updated, updated, retired },
      offices: { created: offices.created },
    };
  }, IMPORT_TRANSACTION);
}

async function upsertPlan(tx: Tx, draft: PlanDraft, sourceFile: string | undefined) {
  const entityKey = foldText(draft.entity);
  const year = Number(draft.vigencia.to.slice(0, 4));
  const header = {
    entity: draft.entity,
    startsOn: draft.vigencia.from,
    endsOn: draft.vigencia.to,
    challenge: draft.challenge,
    objective: draft.objective,
    challengeGoal: draft.challengeGoal,
    indicator: draft.indicator,
    ...(sourceFile === undefined ? {} : { sourceFile }),
  };
  const found = await tx.plan.findUnique({ where: { entityKey_year: { entityKey, year } }, select: { id: true } });
  if (found) {
    await tx.plan.update({ where: { id: found.id }, data: header });
    return { planId: found.id, created: false };
  }
  const plan = await tx.plan.create({ data: { ...header, entityKey, year }, select: { id: true } });
  await activate(tx, plan.id);
  return { planId: plan.id, created: true };
}

async function ensureOffices(tx: Tx, activities: ActivityDraft[]) {
  const nameByKey = new Map<string, string>();
  for (const name of activities.flatMap((activity) => activity.offices)) {
    const key = officeKey(name);
    if (key !== '' && !nameByKey.has(key)) nameByKey.set(key, name);
  }
  const keys = [...nameByKey.keys()];
  const known = await tx.office.findMany({ where: { key: { in: keys } }, select: { key: true } });
  const knownKeys = new Set(known.map((office) => office.key));
  const missing = keys.filter((key) => !knownKeys.has(key));
  if (missing.length > 0) {
    await tx.office.createMany({ data: missing.map((key) => ({ key, name: nameByKey.get(key) ?? key })) });
  }
  const all = await tx.office.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  return { created: missing.length, idByKey: new Map(all.map((office) => [office.key, office.id])) };
}

async function upsertSubcomponents(tx: Tx, planId: number, draft: PlanDraft): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [position, subcomponent] of draft.subcomponents.entries()) {
    const data = { name: subcomponent.name, fullText: subcomponent.fullText, position };
    const saved = await tx.subcomponent.upsert({
      where: { planId_code: { planId, code: subcomponent.code } },
      create: { planId, code: subcomponent.code, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(subcomponent.code, saved.id);
  }
  return ids;
}

async function upsertActivities(
  tx: Tx,
  planId: number,
  activities: ActivityDraft[],
  subcomponentIds: Map<string, number>,
  existingIds: Map<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [position, activity] of activities.entries()) {
    const subcomponentId = subcomponentIds.get(activity.subcomponentCode);
    if (subcomponentId === undefined) {
      throw new Error(
        `La actividad ${activity.code} pertenece al subcomponente ${activity.subcomponentCode}, que no está en el plan.`,
      );
    }
    const data = activityColumns(activity, subcomponentId, position);
    const existingId = existingIds.get(activity.code);
    const saved =
      existingId === undefined
        ? await tx.activity.create({ data: { ...data, planId, code: activity.code }, select: { id: true } })
        : await tx.activity.update({
            where: { id: existingId },
            data: { ...data, retiredAt: null },
            select: { id: true },
          });
    ids.set(activity.code, saved.id);
  }
  return ids;
}

function activityColumns(activity: ActivityDraft, subcomponentId: number, position: number) {
  return {
    subcomponentId,
    position,
    title: activity.title,
    product: activity.product,
    responsibleText: activity.responsibleText,
    target: activity.target.value,
    unit: activity.target.unit,
    scheduleText: activity.schedule.text,
    scheduleKind: activity.schedule.kind,
    description: activity.description,
    sourceRow: activity.sourceRow,
  };
}

/** Due dates and office links are whatever the sheet says now: delete and insert in bulk. */
async function replaceSchedulesAndOffices(
  tx: Tx,
  activities: ActivityDraft[],
  activityIds: Map<string, number>,
  officeIds: Map<string, number>,
): Promise<void> {
  const ids = [...activityIds.values()];
  await tx.dueDate.deleteMany({ where: { activityId: { in: ids } } });
  await tx.activityOffice.deleteMany({ where: { activityId: { in: ids } } });
  const dueDates = activities.flatMap((activity) =>
    activity.schedule.dueDates.map((dueOn, sequence) => ({
      activityId: idOf(activityIds, activity.code),
      dueOn,
      sequence,
    })),
  );
  const links = activities.flatMap((activity) => {
    const linked = new Set(
      activity.offices.map((name) => officeIds.get(officeKey(name))).filter((id) => id !== undefined),
    );
    return [...linked].map((officeId) => ({ activityId: idOf(activityIds, activity.code), officeId }));
  });
  if (dueDates.length > 0) await tx.dueDate.createMany({ data: dueDates });
  if (links.length > 0) await tx.activityOffice.createMany({ data: links });
}

async function retireMissingActivities(tx: Tx, planId: number, activities: ActivityDraft[]): Promise<number> {
  const { count } = await tx.activity.updateMany({
    where: { planId, retiredAt: null, code: { notIn: activities.map((activity) => activity.code) } },
    data: { retiredAt: new Date() },
  });
  return count;
}

/**
 * The sheet's "avance" is a running total: log only what it adds to the progress already
 * recorded, so re-importing the same sheet never counts progress twice.
 */
async function importInitialProgress(
  tx: Tx,
  draft: PlanDraft,
  activityIds: Map<string, number>,
  authorId: string,
): Promise<void> {
  const withProgress = draft.activities.filter((activity) => (activity.initialProgress ?? 0) > 0);
  if (withProgress.length === 0) return;
  const ids = withProgress.map((activity) => idOf(activityIds, activity.code));
  const sums = await tx.progressEntry.groupBy({
    by: ['activityId'],
    where: { activityId: { in: ids } },
    _sum: { amount: true },
  });
  const logged = new Map(sums.map((row) => [row.activityId, row._sum.amount ?? 0]));
  const entries = withProgress.flatMap((activity) => {
    const activityId = idOf(activityIds, activity.code);
    const excess = (activity.initialProgress ?? 0) - (logged.get(activityId) ?? 0);
    if (excess <= PROGRESS_EPSILON) return [];
    return [
      {
        activityId,
        amount: excess,
        note: IMPORTED_PROGRESS_NOTE,
        authorId,
        source: 'import',
        effectiveOn: draft.vigencia.from,
      },
    ];
  });
  if (entries.length > 0) await tx.progressEntry.createMany({ data: entries });
}

function idOf(ids: Map<string, number>, code: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`Actividad ${code} sin guardar.`);
  return id;
}

export async function getActivePlan(db: Db): Promise<PlanSummary | null> {
  const plan = await db.plan.findFirst({ where: { isActive: true }, orderBy: { id: 'desc' }, select: summarySelect });
  return plan && toSummary(plan);
}

/** `ref` is a year ("2024"), preferring the active plan of that year, or a plan id. */
export async function getPlanByRef(db: Db, ref: string): Promise<PlanSummary | null> {
  const number = /^\d+$/.test(ref.trim()) ? Number(ref.trim()) : Number.NaN;
  if (!Number.isSafeInteger(number)) return null;
  const byYear = await db.plan.findFirst({
    where: { year: number },
    orderBy: [{ isActive: 'desc' }, { id: 'desc' }],
    select: summarySelect,
  });
  const plan = byYear ?? (await db.plan.findUnique({ where: { id: number }, select: summarySelect }));
  return plan && toSummary(plan);
}

/** Newest vigencia first. */
export async function listPlans(db: Db): Promise<PlanSummary[]> {
  const plans = await db.plan.findMany({ orderBy: [{ year: 'desc' }, { id: 'desc' }], select: summarySelect });
  return plans.map(toSummary);
}

export function setActivePlan(db: Db, planId: number): Promise<void> {
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true } });
    if (!plan) throw new PlanNotFoundError(planId);
    await activate(tx, planId);
  });
}

/**
 * Clears the flag on every other plan, not only the active ones: on PostgreSQL that makes a
 * concurrent activation wait for this one's row locks and re-check, so exactly one plan stays active.
 */
async function activate(tx: Tx, planId: number): Promise<void> {
  await tx.plan.updateMany({ where: { id: { not: planId } }, data: { isActive: false } });
  await tx.plan.update({ where: { id: planId }, data: { isActive: true } });
}

const summarySelect = {
  id: true,
  entity: true,
  year: true,
  startsOn: true,
  endsOn: true,
  sourceFile: true,
  isActive: true,
  updatedAt: true,
  _count: { select: { activities: { where: { retiredAt: null } } } },
} as const;

function toSummary({
  _count,
  ...plan
}: {
  id: number;
  entity: string;
  year: number;
  startsOn: string;
  endsOn: string;
  sourceFile: string | null;
  isActive: boolean;
  updatedAt: Date;
  _count: { activities: number };
}): PlanSummary {
  return { ...plan, activityCount: _count.activities };
}
