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
  entryValues,
  type LoggingContext,
  type ProgressLedger,
  recordOf,
} from './index.js';

// On PostgreSQL every statement is a round trip, so each ledger call is one statement: the context
// in one joined read, the append (correction check, insert and new total) in one INSERT. Both are
// named, so each pooled connection parses and plans them once.

const CONTEXT = {
  name: 'rinde_ledger_context',
  text: `
    WITH plan AS (
      SELECT "id", "entity", "startsOn", "endsOn" FROM "Plan"
      WHERE CASE WHEN $1::int IS NULL THEN "isActive" ELSE "id" = $1::int END
      ORDER BY "id" DESC LIMIT 1
    ), caller AS (
      SELECT m."isAdmin",
        COALESCE((SELECT json_agg(mo."officeId") FROM "MemberOffice" mo WHERE mo."memberId" = m."id"), '[]') AS "officeIds"
      FROM "Member" m WHERE m."userId" = $3
    )
    SELECT plan."id" AS "planId", plan."entity", plan."startsOn", plan."endsOn",
      caller."isAdmin", caller."officeIds",
      CASE WHEN a."id" IS NOT NULL THEN json_build_object(
        'id', a."id", 'planId', a."planId", 'code', a."code", 'title', a."title", 'product', a."product",
        'target', a."target", 'unit', a."unit", 'scheduleText', a."scheduleText", 'scheduleKind', a."scheduleKind",
        'subcomponentCode', s."code", 'subcomponentName', s."name") END AS "activity",
      (SELECT json_agg(json_build_object('id', o."id", 'name', o."name"))
        FROM "ActivityOffice" ao JOIN "Office" o ON o."id" = ao."officeId" WHERE ao."activityId" = a."id") AS "offices",
      (SELECT json_agg(d."dueOn" ORDER BY d."sequence") FROM "DueDate" d WHERE d."activityId" = a."id") AS "dueDates"
    FROM (SELECT 1) AS one
      LEFT JOIN plan ON true
      LEFT JOIN caller ON true
      LEFT JOIN "Activity" a ON a."planId" = plan."id" AND a."code" = $2 AND a."retiredAt" IS NULL
      LEFT JOIN "Subcomponent" s ON s."id" = a."subcomponentId"`,
};

// Both writes in one statement, so one transaction: the entry, and the activity's running total.
// A correction of an entry of another activity inserts neither.
const APPEND = {
  name: 'rinde_ledger_append',
  text: `
    WITH inserted AS (
      INSERT INTO "ProgressEntry" (${ENTRY_COLUMNS})
      SELECT $1::int, $2::float8, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::timestamp, $10::int
      WHERE $10::int IS NULL
        OR EXISTS (SELECT 1 FROM "ProgressEntry" o WHERE o."id" = $10::int AND o."activityId" = $1::int)
      RETURNING "id", "activityId", "amount"
    ), total AS (
      INSERT INTO "ProgressTotal" ("activityId", "total")
      SELECT "activityId", "amount" FROM inserted
      ON CONFLICT ("activityId") DO UPDATE SET "total" = "ProgressTotal"."total" + EXCLUDED."total"
      RETURNING "total"
    )
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
      const [row] = rows;
      if (row === undefined) throw new Error('La consulta de contexto no devolvió filas.');
      return contextOf(row);
    },

    async append(entry: NewProgressEntry) {
      assertFiniteAmount(entry);
      const recordedAt = new Date();
      try {
        const { rows } = await pool.query<{ id: number; total: number }>({
          ...APPEND,
          // The column is a timestamp without zone holding UTC, as Prisma writes it.
          values: entryValues(entry, recordedAt.toISOString().replace('Z', '')),
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
