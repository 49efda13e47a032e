import type pg from 'pg';
import type { IsoDate } from '../../domain/types.js';
import { ActivityNotFoundError, InvalidCorrectionError } from '../errors.js';
import type { OfficeRef } from '../planView.js';
import type { NewProgressEntry } from '../progress.js';
import {
  type ActivityColumns,
  activityOf,
  assertFiniteAmount,
  ENTRY_COLUMNS,
  entryOf,
  entryValues,
  type LoggingContext,
  type LoggingOutcome,
  type ProgressLedger,
  recordOf,
  valuesAfterActivityId,
} from './index.js';

// On PostgreSQL every statement is a round trip, so each ledger call is one statement: the context
// in one joined read, an append (correction check, insert and new total) in one INSERT, and a
// logging request (the context, the rules' check, the insert and the new total) in one statement
// too, which also means the rules are checked on the very data the insert sees. All are named, so
// each pooled connection parses and plans them once.

// $1 plan ID (null: the active plan), $2 activity code, $3 the caller's user ID.
const PLAN_CALLER_ACTIVITY = `
  plan AS (
    SELECT "id", "entity", "startsOn", "endsOn" FROM "Plan"
    WHERE CASE WHEN $1::int IS NULL THEN "isActive" ELSE "id" = $1::int END
    ORDER BY "id" DESC LIMIT 1
  ), caller AS (
    SELECT m."id", m."isAdmin",
      COALESCE((SELECT json_agg(mo."officeId") FROM "MemberOffice" mo WHERE mo."memberId" = m."id"), '[]') AS "officeIds"
    FROM "Member" m WHERE m."userId" = $3
  ), activity AS (
    SELECT a."id", a."planId", a."code", a."title", a."product", a."target", a."unit", a."scheduleText",
      a."scheduleKind", s."code" AS "subcomponentCode", s."name" AS "subcomponentName"
    FROM plan JOIN "Activity" a ON a."planId" = plan."id" AND a."code" = $2 AND a."retiredAt" IS NULL
      JOIN "Subcomponent" s ON s."id" = a."subcomponentId"
  )`;

// One row, whatever exists: the LEFT JOINs leave null what does not.
const CONTEXT_COLUMNS = `
  plan."id" AS "planId", plan."entity", plan."startsOn", plan."endsOn", caller."isAdmin", caller."officeIds",
  CASE WHEN activity."id" IS NOT NULL THEN row_to_json(activity) END AS "activity",
  (SELECT json_agg(json_build_object('id', o."id", 'name', o."name"))
    FROM "ActivityOffice" ao JOIN "Office" o ON o."id" = ao."officeId" WHERE ao."activityId" = activity."id") AS "offices",
  (SELECT json_agg(d."dueOn" ORDER BY d."sequence") FROM "DueDate" d WHERE d."activityId" = activity."id") AS "dueDates"`;

const CONTEXT_ROW = 'FROM (SELECT 1) AS one LEFT JOIN plan ON true LEFT JOIN caller ON true LEFT JOIN activity ON true';

const CONTEXT = {
  name: 'rinde_ledger_context',
  text: `WITH ${PLAN_CALLER_ACTIVITY} SELECT ${CONTEXT_COLUMNS} ${CONTEXT_ROW}`,
};

// The running total, added to in the statement that inserted the entry, so in its transaction.
const ADD_TO_TOTAL = `
  total AS (
    INSERT INTO "ProgressTotal" ("activityId", "total")
    SELECT "activityId", "amount" FROM inserted
    ON CONFLICT ("activityId") DO UPDATE SET "total" = "ProgressTotal"."total" + EXCLUDED."total"
    RETURNING "total"
  )`;

// `loggingRefusal` (src/domain/logging.ts) as a condition on the insert: a plan and a current
// activity (the joins), a day given neither after today nor before the plan starts, and a caller
// who acts as admin, is one, or belongs to one of the activity's offices.
// $4 the day given (or null), $5 today, $6 acts as admin, $7–$15 the entry.
const LOG = {
  name: 'rinde_ledger_log',
  text: `
    WITH ${PLAN_CALLER_ACTIVITY}, inserted AS (
      INSERT INTO "ProgressEntry" (${ENTRY_COLUMNS})
      SELECT activity."id", $7::float8, $8::text, $9::text, $10::text, $11::text, $12::text, $13::text, $14::timestamp, $15::int
      FROM activity, plan
      WHERE ($4::text IS NULL OR ($4::text <= $5::text AND $4::text >= plan."startsOn"))
        AND ($6::bool OR EXISTS (SELECT 1 FROM caller WHERE caller."isAdmin" OR EXISTS (
          SELECT 1 FROM "MemberOffice" mo JOIN "ActivityOffice" ao ON ao."officeId" = mo."officeId"
          WHERE mo."memberId" = caller."id" AND ao."activityId" = activity."id")))
      RETURNING "id", "activityId", "amount"
    ), ${ADD_TO_TOTAL}
    SELECT ${CONTEXT_COLUMNS}, inserted."id" AS "entryId", total."total"
    ${CONTEXT_ROW} LEFT JOIN inserted ON true LEFT JOIN total ON true`,
};

// The entry and its total in one statement, so one transaction; a correction of an entry of another
// activity inserts neither.
const APPEND = {
  name: 'rinde_ledger_append',
  text: `
    WITH inserted AS (
      INSERT INTO "ProgressEntry" (${ENTRY_COLUMNS})
      SELECT $1::int, $2::float8, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::timestamp, $10::int
      WHERE $10::int IS NULL
        OR EXISTS (SELECT 1 FROM "ProgressEntry" o WHERE o."id" = $10::int AND o."activityId" = $1::int)
      RETURNING "id", "activityId", "amount"
    ), ${ADD_TO_TOTAL}
    SELECT inserted."id", total."total" FROM inserted, total`,
};

/** One row, its columns null where the LEFT JOINs found nothing. */
interface ContextRow {
  planId: number | null;
  entity: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  isAdmin: boolean | null;
  officeIds: number[] | null;
  activity: ActivityColumns | null;
  offices: OfficeRef[] | null;
  dueDates: IsoDate[] | null;
}

/** The outcome's columns after the context's, null when nothing was logged. */
interface LogRow extends ContextRow {
  entryId: number | null;
  total: number | null;
}

function onlyRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  if (row === undefined) throw new Error('La consulta de contexto no devolvió filas.');
  return row;
}

/** The column is a timestamp without zone holding UTC, as Prisma writes it. */
function timestampOf(date: Date): string {
  return date.toISOString().replace('Z', '');
}

function contextOf(row: ContextRow): LoggingContext {
  const caller = { isAdmin: row.isAdmin === true, officeIds: row.officeIds ?? [] };
  if (row.planId === null) return { plan: null, activity: null, caller };
  const plan = { id: row.planId, entity: row.entity, startsOn: row.startsOn, endsOn: row.endsOn };
  if (row.activity === null) return { plan, activity: null, caller };
  return { plan, activity: activityOf(row.activity, row.offices ?? [], row.dueDates ?? []), caller };
}

export function postgresLedger(pool: pg.Pool): ProgressLedger {
  return {
    async loggingContext(query) {
      const { rows } = await pool.query<ContextRow>({
        ...CONTEXT,
        values: [query.planId, query.code.trim(), query.userId],
      });
      return contextOf(onlyRow(rows));
    },

    async log(request): Promise<LoggingOutcome> {
      const { rules } = request;
      const entry = entryOf(request);
      assertFiniteAmount(entry);
      const recordedAt = new Date();
      const { rows } = await pool.query<LogRow>({
        ...LOG,
        values: [
          request.planId,
          request.code.trim(),
          request.userId,
          rules.requestedOn,
          rules.today,
          rules.actsAsAdmin,
          ...valuesAfterActivityId(entry, timestampOf(recordedAt)),
        ],
      });
      const row = onlyRow(rows);
      const context = contextOf(row);
      const { plan, activity } = context;
      if (row.entryId === null || row.total === null) return { logged: null, context };
      if (plan === null || activity === null) throw new Error('Se registró un avance sin plan ni actividad.');
      const logged = {
        entry: recordOf({ ...entry, activityId: activity.id }, row.entryId, recordedAt),
        total: row.total,
      };
      return { logged, context: { ...context, plan, activity } };
    },

    async append(entry: NewProgressEntry) {
      assertFiniteAmount(entry);
      const recordedAt = new Date();
      try {
        const { rows } = await pool.query<{ id: number; total: number }>({
          ...APPEND,
          values: entryValues(entry, timestampOf(recordedAt)),
        });
        const [row] = rows;
        if (row === undefined) throw new InvalidCorrectionError(entry.correctsId ?? 0);
        return { entry: recordOf(entry, row.id, recordedAt), total: row.total };
      } catch (error) {
        if ((error as { code?: unknown }).code === '23503') throw new ActivityNotFoundError(entry.activityId);
        throw error;
      }
    },
  };
}
