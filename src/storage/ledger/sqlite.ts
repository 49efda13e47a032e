import type BetterSqlite3 from 'better-sqlite3';
import type { IsoDate } from '../../domain/types.js';
import type { ActivePlanRef } from '../activePlan.js';
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
  type LoggingQuery,
  type ProgressLedger,
  recordOf,
} from './index.js';

// The ledger runs on the very connection Prisma's SQLite adapter opened, synchronously: a statement
// here and one of Prisma's can never interleave, and there is one writer per process as before.
// The one thing to respect is a transaction Prisma has open across an await: our statements would
// land inside it, so they wait until the connection is idle. A whole ledger call then runs without
// yielding, so nothing can start in between.

const SQL = {
  activePlan: `SELECT "id", "entity", "startsOn", "endsOn" FROM "Plan" WHERE "isActive" = 1 ORDER BY "id" DESC LIMIT 1`,
  planById: `SELECT "id", "entity", "startsOn", "endsOn" FROM "Plan" WHERE "id" = ?`,
  activity: `
    SELECT a."id", a."planId", a."code", a."title", a."product", a."target", a."unit", a."scheduleText",
      a."scheduleKind", s."code" AS "subcomponentCode", s."name" AS "subcomponentName"
    FROM "Activity" a JOIN "Subcomponent" s ON s."id" = a."subcomponentId"
    WHERE a."planId" = ? AND a."code" = ? AND a."retiredAt" IS NULL`,
  offices: `
    SELECT o."id", o."name" FROM "ActivityOffice" ao JOIN "Office" o ON o."id" = ao."officeId"
    WHERE ao."activityId" = ?`,
  dueDates: `SELECT "dueOn" FROM "DueDate" WHERE "activityId" = ? ORDER BY "sequence"`,
  caller: `
    SELECT m."isAdmin", mo."officeId" FROM "Member" m LEFT JOIN "MemberOffice" mo ON mo."memberId" = m."id"
    WHERE m."userId" = ?`,
  correctable: `SELECT 1 AS "ok" FROM "ProgressEntry" WHERE "id" = ? AND "activityId" = ?`,
  insert: `
    INSERT INTO "ProgressEntry" (${ENTRY_COLUMNS})
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    RETURNING "id"`,
  addToTotal: `
    INSERT INTO "ProgressTotal" ("activityId", "total") VALUES (?, ?)
    ON CONFLICT ("activityId") DO UPDATE SET "total" = "total" + excluded."total"
    RETURNING "total"`,
} as const;

type Statements = { [K in keyof typeof SQL]: BetterSqlite3.Statement };

/** How the SQLite adapter of Prisma stores a DateTime, so both read the column alike. */
function prismaTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readContext(s: Statements, query: LoggingQuery): LoggingContext {
  const plan = (query.planId === null ? s.activePlan.get() : s.planById.get(query.planId)) as ActivePlanRef | undefined;
  const memberRows = s.caller.all(query.userId) as { isAdmin: number; officeId: number | null }[];
  const caller = {
    isAdmin: memberRows.some((row) => row.isAdmin === 1),
    officeIds: memberRows.flatMap((row) => (row.officeId === null ? [] : [row.officeId])),
  };
  if (plan === undefined) return { plan: null, activity: null, caller };
  const row = s.activity.get(plan.id, query.code.trim()) as ActivityColumns | undefined;
  if (row === undefined) return { plan, activity: null, caller };
  const offices = s.offices.all(row.id) as OfficeRef[];
  const dueDates = (s.dueDates.all(row.id) as { dueOn: IsoDate }[]).map(({ dueOn }) => dueOn);
  return { plan, activity: activityOf(row, offices, dueDates), caller };
}

function appendEntry(s: Statements, entry: NewProgressEntry, recordedAt: Date): AppendResult {
  if (entry.correctsId != null && s.correctable.get(entry.correctsId, entry.activityId) === undefined) {
    throw new InvalidCorrectionError(entry.correctsId);
  }
  const { id } = s.insert.get(...entryValues(entry, prismaTimestamp(recordedAt))) as { id: number };
  const { total } = s.addToTotal.get(entry.activityId, entry.amount) as { total: number };
  return { entry: recordOf(entry, id, recordedAt), total };
}

type AppendResult = Awaited<ReturnType<ProgressLedger['append']>>;

/** What the ledger runs on one connection: its statements and transactions, built once. */
interface Prepared {
  db: BetterSqlite3.Database;
  read: (s: Statements, query: LoggingQuery) => LoggingContext;
  write: (s: Statements, entry: NewProgressEntry, recordedAt: Date) => AppendResult;
  statements: Statements;
}

// Prisma's connection returns integers as BigInt; these statements return plain numbers. A
// better-sqlite3 transaction function is built once too: building one defines four wrappers.
function prepare(db: BetterSqlite3.Database): Prepared {
  const entries = Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql).safeIntegers(false)]);
  return {
    db,
    statements: Object.fromEntries(entries) as Statements,
    read: db.transaction(readContext).deferred,
    write: db.transaction(appendEntry).immediate,
  };
}

/** `connection` gives the adapter's current connection (it is opened when Prisma connects). */
export function sqliteLedger(connection: () => BetterSqlite3.Database): ProgressLedger {
  let prepared: Prepared | undefined;

  /** Resolves once Prisma has no transaction open, with what to run on the connection to use. */
  const idle = async (): Promise<Prepared> => {
    for (let wait = 1; connection().inTransaction; wait = Math.min(wait * 2, 16)) await sleep(wait);
    const db = connection();
    if (prepared?.db !== db) prepared = prepare(db);
    return prepared;
  };

  return {
    async loggingContext(query) {
      const { read, statements } = await idle();
      return read(statements, query);
    },

    async append(entry) {
      assertFiniteAmount(entry);
      const recordedAt = new Date();
      const { write, statements } = await idle();
      try {
        return write(statements, entry, recordedAt);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
          throw new ActivityNotFoundError(entry.activityId);
        }
        throw error;
      }
    },
  };
}
