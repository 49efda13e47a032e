import type BetterSqlite3 from 'better-sqlite3';
import { loggingRefusal } from '../../domain/logging.js';
import type { IsoDate } from '../../domain/types.js';
import type { ActivePlanRef } from '../activePlan.js';
import { ActivityNotFoundError, InvalidCorrectionError } from '../errors.js';
import type { OfficeRef } from '../planView.js';
import type { NewProgressEntry } from '../progress.js';
import {
  type ActivityColumns,
  type AppendResult,
  activityOf,
  assertFiniteAmount,
  ENTRY_COLUMNS,
  entryOf,
  entryValues,
  type LoggingContext,
  type LoggingOutcome,
  type LoggingQuery,
  type ProgressLedger,
  recordOf,
} from './index.js';

// The ledger runs on the very connection Prisma's SQLite adapter opened, synchronously: a statement
// here and one of Prisma's can never interleave, and there is one writer per process as before.
// The one thing to respect is a transaction Prisma has open across an await: our statements would
// land inside it, so they wait until the connection is idle. Each of the ledger's transactions then
// runs without yielding, so nothing can start in between.
//
// Every commit is synced (synchronous = FULL), and the sync costs more than the rest of an append.
// PostgreSQL shares one WAL flush among the commits that arrive together; SQLite cannot, so the
// ledger does it: the appends that arrive in the same turn of the event loop are committed in one
// transaction, each in a savepoint of its own, so one that fails undoes only its own writes.

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

/** An append waiting for the next group commit, and how to tell its caller the outcome. */
interface Queued {
  entry: NewProgressEntry;
  recordedAt: Date;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

function failAll(group: readonly Queued[], error: unknown): void {
  for (const { reject } of group) reject(error);
}

function settle(group: readonly Queued[], outcomes: readonly Outcome[]): void {
  for (const [index, { resolve, reject }] of group.entries()) {
    const outcome = outcomes[index] as Outcome;
    if (outcome.ok) resolve(outcome.result);
    else reject(outcome.error);
  }
}

/** What the ledger runs on one connection: its statements and transactions, built once. */
interface Prepared {
  db: BetterSqlite3.Database;
  read: (s: Statements, query: LoggingQuery) => LoggingContext;
  commitGroup: (s: Statements, group: readonly Queued[]) => Outcome[];
  statements: Statements;
}

/** Called inside a transaction, a better-sqlite3 transaction function runs in a savepoint. */
function appendGroup(appendInSavepoint: typeof appendEntry) {
  return (s: Statements, group: readonly Queued[]): Outcome[] =>
    group.map(({ entry, recordedAt }) => {
      try {
        return { ok: true, result: appendInSavepoint(s, entry, recordedAt) };
      } catch (error) {
        return { ok: false, error: appendError(error, entry) };
      }
    });
}

function appendError(error: unknown, entry: NewProgressEntry): unknown {
  const foreignKey = (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
  return foreignKey ? new ActivityNotFoundError(entry.activityId) : error;
}

// Prisma's connection returns integers as BigInt; these statements return plain numbers. A
// better-sqlite3 transaction function is built once too: building one defines four wrappers.
function prepare(db: BetterSqlite3.Database): Prepared {
  const entries = Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql).safeIntegers(false)]);
  return {
    db,
    statements: Object.fromEntries(entries) as Statements,
    read: db.transaction(readContext).deferred,
    commitGroup: db.transaction(appendGroup(db.transaction(appendEntry))).immediate,
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

  const queue: Queued[] = [];

  /** Commits every append queued until the connection is free, in one transaction: one sync for all. */
  const commitQueued = async (): Promise<void> => {
    let ready: Prepared;
    try {
      ready = await idle();
    } catch (error) {
      return failAll(queue.splice(0), error);
    }
    const group = queue.splice(0);
    try {
      settle(group, ready.commitGroup(ready.statements, group));
    } catch (error) {
      // BEGIN or COMMIT failed: nothing of the group was stored.
      failAll(group, error);
    }
  };

  const append = async (entry: NewProgressEntry): Promise<AppendResult> => {
    assertFiniteAmount(entry);
    return new Promise<AppendResult>((resolve, reject) => {
      const queued = queue.push({ entry, recordedAt: new Date(), resolve, reject });
      // After this turn's I/O callbacks, so the requests read together commit together (a test
      // that fakes timers must leave setImmediate real, or appends wait forever).
      if (queued === 1) setImmediate(commitQueued);
    });
  };

  return {
    async loggingContext(query) {
      const { read, statements } = await idle();
      return read(statements, query);
    },

    // The read and the queued append are two transactions: a change Prisma commits between them
    // (an import, a new member) takes effect as if it had come right after this command.
    async log(request): Promise<LoggingOutcome> {
      const { read, statements } = await idle();
      const context = read(statements, request);
      const { plan, activity } = context;
      if (plan === null || activity === null || loggingRefusal(context, request.rules) !== null) {
        return { logged: null, context };
      }
      return {
        logged: await append({ ...entryOf(request), activityId: activity.id }),
        context: { ...context, plan, activity },
      };
    },

    append,
  };
}
