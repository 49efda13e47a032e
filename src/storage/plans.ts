import { setImmediate as nextTurn } from 'node:timers/promises';
import { roundAmount } from '../domain/amounts.js';
import { officeKey } from '../domain/offices.js';
import { foldText } from '../domain/text.js';
import type { ActivityDraft, IsoDate, PlanDraft } from '../domain/types.js';
import { chunksFor } from './chunks.js';
import type { Db, Tx } from './database.js';
import { PlanNotFoundError } from './errors.js';
import { entryData, type ProgressSource } from './progress.js';
import { progressTotals } from './totals.js';

export interface SavePlanOptions {
  sourceFile?: string;
  /** Slack user who imported the sheet: the author of the progress it carries. */
  authorId: string;
  /** When the import happens: the retirement date of the activities the sheet no longer lists. */
  now?: Date;
}

export interface SavePlanResult {
  planId: number;
  created: boolean;
  /** A re-import changed what the sheet says about the plan itself: entity name, vigencia, challenge… */
  headerUpdated: boolean;
  /** `updated` counts only activities whose stored fields, due dates or offices changed (or that came back). */
  activities: { created: number; updated: number; retired: number };
  offices: { created: number };
  /** Entries written for what the sheet's "avance" adds to the progress already logged. */
  progress: { imported: number };
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

/** A large plan on a remote PostgreSQL takes longer than Prisma's 5 s default. */
const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/**
 * Creates or updates the plan of (entity, year of vigencia end). A new plan becomes the active
 * one. Activities are matched by code, updated in place, and retired (never deleted) when the
 * sheet no longer lists them, so logged progress is never touched. A handful of statements whatever
 * the plan's size: rows are read once per table and written in bulk, a bounded chunk at a time
 * (one statement per activity took seconds at 5,000 rows; one list of every id passed the engines'
 * parameter limits).
 */
export function savePlanDraft(db: Db, draft: PlanDraft, options: SavePlanOptions): Promise<SavePlanResult> {
  return db.$transaction(async (tx) => {
    const { planId, created, headerUpdated } = await upsertPlan(tx, draft, options.sourceFile);
    const offices = await ensureOffices(tx, draft.activities);
    const subcomponentIds = await upsertSubcomponents(tx, planId, draft);
    const existing = await readActivities(tx, planId);
    const existingByCode = new Map(existing.map((activity) => [activity.code, activity]));
    const { ids: activityIds, updated } = await upsertActivities(
      tx,
      planId,
      draft.activities,
      subcomponentIds,
      existingByCode,
    );
    const relinked = await replaceSchedulesAndOffices(
      tx,
      draft.activities,
      activityIds,
      existingByCode,
      offices.idByKey,
    );
    const retired = await retireMissingActivities(tx, draft.activities, existing, options.now ?? new Date());
    const imported = await importInitialProgress(tx, planId, draft, activityIds, options.authorId);
    const kept = draft.activities.filter((activity) => existingByCode.has(activity.code)).length;
    return {
      planId,
      created,
      headerUpdated,
      activities: {
        created: draft.activities.length - kept,
        updated: new Set([...updated, ...relinked]).size,
        retired,
      },
      offices: { created: offices.created },
      progress: { imported },
    };
  }, IMPORT_TRANSACTION);
}

/** A plan is one entity's vigencia: a sheet of the same entity and year updates it. */
export function planKeyOf(draft: Pick<PlanDraft, 'entity' | 'vigencia'>) {
  return { entityKey: foldText(draft.entity), year: Number(draft.vigencia.to.slice(0, 4)) };
}

/** The stored plan a sheet would update, with its current (not retired) activities; null: a new plan. */
export async function findPlanForDraft(
  db: Db,
  draft: Pick<PlanDraft, 'entity' | 'vigencia'>,
): Promise<{ id: number; isActive: boolean; activities: number } | null> {
  const plan = await db.plan.findUnique({
    where: { entityKey_year: planKeyOf(draft) },
    select: {
      id: true,
      isActive: true,
      _count: { select: { activities: { where: { retiredAt: null } } } },
    },
  });
  return plan === null ? null : { id: plan.id, isActive: plan.isActive, activities: plan._count.activities };
}

async function upsertPlan(tx: Tx, draft: PlanDraft, sourceFile: string | undefined) {
  const { entityKey, year } = planKeyOf(draft);
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
  // A write first: on SQLite a transaction that reads first and writes later fails (SQLITE_BUSY_SNAPSHOT)
  // if the bot commits an entry in between; one that writes first waits for the write lock instead.
  await tx.plan.updateMany({ where: { entityKey, year }, data: { year: { increment: 0 } } });
  const found = await tx.plan.findUnique({
    where: { entityKey_year: { entityKey, year } },
    select: { id: true, ...headerSelect },
  });
  if (found) {
    await tx.plan.update({ where: { id: found.id }, data: header });
    // The file's name is where the sheet came from, not what it says.
    const changed = (Object.keys(headerSelect) as (keyof typeof headerSelect)[]).some(
      (field) => found[field] !== header[field],
    );
    return { planId: found.id, created: false, headerUpdated: changed };
  }
  const plan = await tx.plan.create({ data: { ...header, entityKey, year }, select: { id: true } });
  await activate(tx, plan.id);
  return { planId: plan.id, created: true, headerUpdated: false };
}

/** What the sheet says about the plan itself. */
const headerSelect = {
  entity: true,
  startsOn: true,
  endsOn: true,
  challenge: true,
  objective: true,
  challengeGoal: true,
  indicator: true,
} as const;

async function ensureOffices(tx: Tx, activities: ActivityDraft[]) {
  const nameByKey = new Map<string, string>();
  for (const name of activities.flatMap((activity) => activity.offices)) {
    const key = officeKey(name);
    if (key !== '' && !nameByKey.has(key)) nameByKey.set(key, name);
  }
  const idByKey = new Map<string, number>();
  for (const keys of chunksFor([...nameByKey.keys()], 1)) {
    const known = await tx.office.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
    for (const office of known) idByKey.set(office.key, office.id);
  }
  const missing = [...nameByKey].filter(([key]) => !idByKey.has(key)).map(([key, name]) => ({ key, name }));
  for (const chunk of chunksFor(missing, 2)) {
    const saved = await tx.office.createManyAndReturn({ data: chunk, select: { id: true, key: true } });
    for (const office of saved) idByKey.set(office.key, office.id);
  }
  return { created: missing.length, idByKey };
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

/** What the sheet sets on an activity; also what a re-import compares to skip unchanged rows. */
const columnSelect = {
  subcomponentId: true,
  position: true,
  title: true,
  product: true,
  responsibleText: true,
  target: true,
  unit: true,
  scheduleText: true,
  scheduleKind: true,
  description: true,
  sourceRow: true,
} as const;

function readActivities(tx: Tx, planId: number) {
  return tx.activity.findMany({
    where: { planId },
    select: { id: true, code: true, retiredAt: true, ...columnSelect },
  });
}

type ActivityColumns = ReturnType<typeof activityColumns>;
type ExistingActivity = Awaited<ReturnType<typeof readActivities>>[number];

/**
 * On better-sqlite3 every statement settles in microtasks, so thousands of writes in a row (here, and each
 * bulk insert's chunk below) would keep the event loop from other requests until the import commits: a
 * Slack command typed meanwhile could not even be acknowledged in its 3 s (it then waits for the
 * connection, answered by its response_url). A turn every so many writes costs nothing measurable.
 */
const UPDATES_PER_TURN = 50;

/**
 * Updates only the rows the sheet changed (or brings back), one statement each, and returns their codes;
 * inserts the new ones in bulk.
 */
async function upsertActivities(
  tx: Tx,
  planId: number,
  activities: ActivityDraft[],
  subcomponentIds: Map<string, number>,
  existingByCode: Map<string, ExistingActivity>,
): Promise<{ ids: Map<string, number>; updated: string[] }> {
  const ids = new Map<string, number>();
  const updated: string[] = [];
  const fresh: (ActivityColumns & { planId: number; code: string })[] = [];
  for (const [position, activity] of activities.entries()) {
    const subcomponentId = subcomponentIds.get(activity.subcomponentCode);
    if (subcomponentId === undefined) {
      throw new Error(
        `La actividad ${activity.code} pertenece al subcomponente ${activity.subcomponentCode}, que no está en el plan.`,
      );
    }
    const data = activityColumns(activity, subcomponentId, position);
    const current = existingByCode.get(activity.code);
    if (current === undefined) {
      fresh.push({ ...data, planId, code: activity.code });
      continue;
    }
    ids.set(activity.code, current.id);
    if (current.retiredAt !== null || !sameColumns(current, data)) {
      await tx.activity.update({ where: { id: current.id }, data: { ...data, retiredAt: null } });
      updated.push(activity.code);
      if (updated.length % UPDATES_PER_TURN === 0) await nextTurn();
    }
  }
  for (const chunk of chunksFor(fresh, Object.keys(fresh[0] ?? {}).length)) {
    const saved = await tx.activity.createManyAndReturn({ data: chunk, select: { id: true, code: true } });
    for (const activity of saved) ids.set(activity.code, activity.id);
    await nextTurn();
  }
  return { ids, updated };
}

function sameColumns(current: ExistingActivity, next: ActivityColumns): boolean {
  return (Object.keys(next) as (keyof ActivityColumns)[]).every((column) => current[column] === next[column]);
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

/**
 * Due dates and office links are whatever the sheet says now: those of the existing activities that
 * differ are deleted and inserted again (with those of the new activities), a chunk of rows per
 * statement. Returns the codes of the existing activities whose links changed.
 */
async function replaceSchedulesAndOffices(
  tx: Tx,
  activities: ActivityDraft[],
  activityIds: Map<string, number>,
  existingByCode: Map<string, ExistingActivity>,
  officeIds: Map<string, number>,
): Promise<string[]> {
  const wanted = activities.map((activity) => ({
    activity,
    activityId: idOf(activityIds, activity.code),
    dueDates: activity.schedule.dueDates,
    officeIds: [
      ...new Set(activity.offices.map((name) => officeIds.get(officeKey(name))).filter((id) => id !== undefined)),
    ],
  }));
  const stored = await readLinks(
    tx,
    activities.flatMap((activity) => existingByCode.get(activity.code)?.id ?? []),
  );
  const changed = wanted.filter(({ activityId, dueDates, officeIds: offices }) => {
    const current = stored.get(activityId);
    return current === undefined || !sameList(current.dueDates, dueDates) || !sameSet(current.officeIds, offices);
  });
  const changedExisting = changed.filter(({ activityId }) => stored.has(activityId));
  for (const ids of chunksFor(
    changedExisting.map(({ activityId }) => activityId),
    1,
  )) {
    await tx.dueDate.deleteMany({ where: { activityId: { in: ids } } });
    await tx.activityOffice.deleteMany({ where: { activityId: { in: ids } } });
  }
  const dueDates = changed.flatMap(({ activityId, dueDates: dates }) =>
    dates.map((dueOn, sequence) => ({ activityId, dueOn, sequence })),
  );
  const links = changed.flatMap(({ activityId, officeIds: offices }) =>
    offices.map((officeId) => ({ activityId, officeId })),
  );
  for (const chunk of chunksFor(dueDates, 3)) {
    await tx.dueDate.createMany({ data: chunk });
    await nextTurn();
  }
  for (const chunk of chunksFor(links, 2)) {
    await tx.activityOffice.createMany({ data: chunk });
    await nextTurn();
  }
  return changedExisting.map(({ activity }) => activity.code);
}

/** The stored due dates (in schedule order) and office ids of existing activities, by activity id. */
async function readLinks(
  tx: Tx,
  activityIds: number[],
): Promise<Map<number, { dueDates: IsoDate[]; officeIds: number[] }>> {
  const links = new Map(activityIds.map((id) => [id, { dueDates: [] as IsoDate[], officeIds: [] as number[] }]));
  for (const ids of chunksFor(activityIds, 1)) {
    const dueDates = await tx.dueDate.findMany({
      where: { activityId: { in: ids } },
      orderBy: [{ activityId: 'asc' }, { sequence: 'asc' }],
      select: { activityId: true, dueOn: true },
    });
    const offices = await tx.activityOffice.findMany({
      where: { activityId: { in: ids } },
      select: { activityId: true, officeId: true },
    });
    for (const row of dueDates) links.get(row.activityId)?.dueDates.push(row.dueOn);
    for (const row of offices) links.get(row.activityId)?.officeIds.push(row.officeId);
  }
  return links;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const values = new Set(a);
  return values.size === new Set(b).size && b.every((value) => values.has(value));
}

async function retireMissingActivities(
  tx: Tx,
  activities: ActivityDraft[],
  existing: ExistingActivity[],
  retiredAt: Date,
): Promise<number> {
  const listed = new Set(activities.map((activity) => activity.code));
  const missing = existing.filter((activity) => activity.retiredAt === null && !listed.has(activity.code));
  for (const chunk of chunksFor(missing, 1)) {
    await tx.activity.updateMany({ where: { id: { in: chunk.map(({ id }) => id) } }, data: { retiredAt } });
  }
  return missing.length;
}

/**
 * The sheet's "avance" is a running total: log only what it adds to the progress already
 * recorded, so re-importing the same sheet never counts progress twice. Returns how many entries it wrote.
 */
async function importInitialProgress(
  tx: Tx,
  planId: number,
  draft: PlanDraft,
  activityIds: Map<string, number>,
  authorId: string,
): Promise<number> {
  const withProgress = draft.activities.filter((activity) => (activity.initialProgress ?? 0) > 0);
  if (withProgress.length === 0) return 0;
  const logged = await progressTotals(tx, { planId });
  const entries = withProgress.flatMap((activity) => {
    const activityId = idOf(activityIds, activity.code);
    // Totals are exact; the sheet's figure is kept to the four decimals an entry holds.
    const excess = roundAmount((activity.initialProgress ?? 0) - (logged.get(activityId) ?? 0));
    if (excess <= 0) return [];
    return [
      {
        activityId,
        amount: excess,
        note: IMPORTED_PROGRESS_NOTE,
        authorId,
        source: 'import' as ProgressSource,
        // Within the vigencia (docs/decisions/008): the sheet's progress was made during it.
        effectiveOn: draft.vigencia.from,
      },
    ];
  });
  for (const chunk of chunksFor(entries.map(entryData), 10)) await tx.progressEntry.createMany({ data: chunk });
  return entries.length;
}

function idOf(ids: Map<string, number>, code: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`Actividad ${code} sin guardar.`);
  return id;
}

/**
 * One plain statement: commands look the active plan up on every request, and a model query with a
 * relation count costs several times the SQL.
 */
export async function getActivePlan(db: Db): Promise<PlanSummary | null> {
  const [row] = await db.$queryRaw<ActivePlanRow[]>`
    SELECT p."id", p."entity", p."year", p."startsOn", p."endsOn", p."sourceFile", p."isActive", p."updatedAt",
      (SELECT COUNT(*) FROM "Activity" a WHERE a."planId" = p."id" AND a."retiredAt" IS NULL) AS "activityCount"
    FROM "Plan" p WHERE p."isActive" = ${true} ORDER BY p."id" DESC LIMIT 1`;
  if (row === undefined) return null;
  // Raw rows come back as each engine stores them: SQLite booleans as 0/1, PostgreSQL counts as bigint.
  return {
    ...row,
    id: Number(row.id),
    year: Number(row.year),
    isActive: Boolean(Number(row.isActive)),
    updatedAt: new Date(row.updatedAt),
    activityCount: Number(row.activityCount),
  };
}

interface ActivePlanRow extends Omit<PlanSummary, 'isActive' | 'updatedAt' | 'activityCount'> {
  isActive: boolean | number;
  updatedAt: Date | string | number;
  activityCount: number | bigint;
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
