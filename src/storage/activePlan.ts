import type { IsoDate } from '../domain/types.js';
import type { Db, Tx } from './database.js';

/** What a command needs to know of the active plan to log progress or read its view. */
export interface ActivePlanRef {
  id: number;
  entity: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * The active plan, or null before the first import. No cache, so a plan imported or activated on
 * another instance counts at once.
 */
export function activePlanRef(db: Db | Tx): Promise<ActivePlanRef | null> {
  return db.plan.findFirst({
    where: { isActive: true },
    orderBy: { id: 'desc' },
    select: { id: true, entity: true, startsOn: true, endsOn: true },
  });
}
