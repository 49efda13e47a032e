import { AMOUNT_SCALE, fromTenThousandths } from '../domain/amounts.js';
import type { ReminderActivity } from '../domain/reminders/index.js';
import { scheduleStartOf } from '../domain/schedule/index.js';
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

interface CandidateRow {
  id: number;
  code: string;
  title: string;
  scheduleKind: string;
  scheduleText: string;
  target: number;
  unit: string;
  progress: bigint | number | string | null;
  lastLoggedOn: IsoDate | null;
  dueDates: string | null;
  officeIds: string | null;
}

interface OfficeMemberRow {
  id: number;
  name: string;
  userId: string | null;
}

/**
 * The activities a sweep on `asOf` may remind about, chosen in SQL so that only they leave the
 * database: those with a due date in `window` whose expected progress (target × k/n for the k-th of
 * n due dates) is not yet logged by `asOf` — the planner never reminds about a met due date, and with
 * weekly overdue repeats the window reaches back to the plan's start — and the continuous ones still
 * short of their target, whose nudges depend on silence rather than dates. Each comes with its
 * progress, the day it was last logged, the day its schedule says work starts ("a partir de marzo"),
 * all its due dates (k/n needs every one) and its offices.
 *
 * Progress is the activity's total as storage/totals.ts defines it (the exact sum of its entries up to
 * `asOf`, in ten-thousandths), summed here in the same query that picks the candidates.
 *
 * `string_agg` is standard on PostgreSQL and in SQLite since 3.44 (better-sqlite3 bundles its own).
 */
export async function loadReminderActivities(
  db: Db,
  plan: ReminderPlan,
  window: { from: IsoDate; to: IsoDate },
  asOf: IsoDate,
): Promise<ReminderActivity[]> {
  const [candidates, offices] = await Promise.all([
    db.$queryRaw<CandidateRow[]>`
      WITH "due" AS (
        SELECT d."activityId", d."dueOn", d."sequence"
        FROM "DueDate" d JOIN "Activity" a ON a."id" = d."activityId"
        WHERE d."dueOn" >= ${window.from} AND d."dueOn" <= ${window.to}
          AND a."planId" = ${plan.id} AND a."retiredAt" IS NULL AND a."scheduleKind" <> 'continuous'
      ),
      "continuous" AS (
        SELECT a."id" AS "activityId" FROM "Activity" a
        WHERE a."planId" = ${plan.id} AND a."retiredAt" IS NULL AND a."scheduleKind" = 'continuous'
      ),
      "logged" AS (
        SELECT c."activityId", COALESCE(SUM(e."amountTenThousandths"), 0) AS "progress",
          MAX(e."effectiveOn") AS "lastLoggedOn"
        FROM (SELECT "activityId" FROM "due" UNION SELECT "activityId" FROM "continuous") c
        LEFT JOIN "ProgressEntry" e ON e."activityId" = c."activityId" AND e."effectiveOn" <= ${asOf}
        GROUP BY c."activityId"
      ),
      "ranked" AS (
        SELECT due."activityId",
          SUM(CASE WHEN o."dueOn" < due."dueOn" OR (o."dueOn" = due."dueOn" AND o."sequence" <= due."sequence")
            THEN 1 ELSE 0 END) AS "k",
          COUNT(*) AS "n"
        FROM "due" JOIN "DueDate" o ON o."activityId" = due."activityId"
        GROUP BY due."activityId", due."dueOn", due."sequence"
      ),
      "behind" AS (
        SELECT r."activityId" FROM "ranked" r
          JOIN "Activity" a ON a."id" = r."activityId"
          JOIN "logged" l ON l."activityId" = r."activityId"
        WHERE l."progress" * r."n" < a."target" * ${AMOUNT_SCALE} * r."k"
        UNION
        SELECT c."activityId" FROM "continuous" c
          JOIN "Activity" a ON a."id" = c."activityId"
          JOIN "logged" l ON l."activityId" = c."activityId"
        WHERE l."progress" < a."target" * ${AMOUNT_SCALE}
      )
      SELECT a."id", a."code", a."title", a."scheduleKind", a."scheduleText", a."target", a."unit", l."progress", l."lastLoggedOn",
        (SELECT string_agg(d."dueOn", ',') FROM "DueDate" d WHERE d."activityId" = a."id") AS "dueDates",
        (SELECT string_agg(CAST(ao."officeId" AS TEXT), ',') FROM "ActivityOffice" ao
          WHERE ao."activityId" = a."id") AS "officeIds"
      FROM "behind" b
        JOIN "Activity" a ON a."id" = b."activityId"
        JOIN "logged" l ON l."activityId" = b."activityId"
      ORDER BY a."id"`,
    // Every office, not only the candidates' ones: a municipality has tens of them, and listing ids
    // would put the candidates back into a parameter list.
    db.$queryRaw<OfficeMemberRow[]>`
      SELECT o."id", o."name", m."userId"
      FROM "Office" o
        LEFT JOIN "MemberOffice" mo ON mo."officeId" = o."id"
        LEFT JOIN "Member" m ON m."id" = mo."memberId"`,
  ]);
  const officeById = new Map<number, { id: number; name: string; memberIds: string[] }>();
  for (const row of offices) {
    const id = Number(row.id);
    const office = officeById.get(id) ?? { id, name: row.name, memberIds: [] };
    if (row.userId !== null) office.memberIds.push(row.userId);
    officeById.set(id, office);
  }
  for (const office of officeById.values()) office.memberIds.sort();
  return candidates.map((row) => {
    const target = toTarget(Number(row.target), row.unit);
    return {
      id: Number(row.id),
      code: row.code,
      title: row.title,
      scheduleKind: toScheduleKind(row.scheduleKind),
      target: target.value,
      unit: target.unit,
      progress: fromTenThousandths(BigInt(row.progress ?? 0)),
      lastLoggedOn: row.lastLoggedOn,
      startsOn: scheduleStartOf(row.scheduleText, { from: plan.startsOn, to: plan.endsOn }),
      dueDates: splitList(row.dueDates).sort(),
      offices: splitList(row.officeIds)
        .map(Number)
        .sort((a, b) => a - b)
        .flatMap((id) => officeById.get(id) ?? []),
    };
  });
}

function splitList(list: string | null): string[] {
  return list === null || list === '' ? [] : list.split(',');
}
