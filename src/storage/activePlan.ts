import type { IsoDate } from '../domain/types.js';
import type { Db } from './database.js';

/** What a command needs to know of the active plan to log progress or read its view. */
export interface ActivePlanRef {
  id: number;
  entity: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * The active plan, or null before the first import. Plain SQL, valid on SQLite and PostgreSQL,
 * because every Home tab and plan view asks: through Prisma's model API this one lookup cost more
 * than the work it precedes. No cache, so a plan imported or activated on another instance counts
 * at once. (`/avance` reads it with the rest of its context, in ledger/.)
 */
export async function activePlanRef(db: Db): Promise<ActivePlanRef | null> {
  const [plan] = await db.$queryRaw<ActivePlanRef[]>`
    SELECT "id", "entity", "startsOn", "endsOn" FROM "Plan" WHERE "isActive" = true ORDER BY "id" DESC LIMIT 1`;
  return plan ?? null;
}
