import { fromTenThousandths } from '../domain/amounts.js';
import type { IsoDate } from '../domain/types.js';
import type { Db, Tx } from './database.js';

// "The activity's total" has one definition, read by chat replies, /estado, Home, the CLI, the
// digest, the exports and the cut-off report alike: the exact sum of its entries (corrections
// included), in integer ten-thousandths, up to a day when one is given. Nothing keeps a running
// total beside the entries (docs/decisions/008), so no writer can leave one out of step.

/** Which entries to sum: a plan's current activities, or one activity. */
export type TotalsScope = { planId: number } | { activityId: number };

/** The totals of the activities in `scope`, in units; an activity without entries is absent (its total is 0). */
export async function progressTotals(
  db: Db | Tx,
  scope: TotalsScope,
  asOf: IsoDate | null = null,
): Promise<Map<number, number>> {
  const activity = 'planId' in scope ? { activity: { planId: scope.planId, retiredAt: null } } : scope;
  const rows = await db.progressEntry.groupBy({
    by: ['activityId'],
    where: { ...activity, ...(asOf === null ? {} : { effectiveOn: { lte: asOf } }) },
    _sum: { amountTenThousandths: true },
  });
  return new Map(rows.map((row) => [row.activityId, fromTenThousandths(row._sum.amountTenThousandths ?? 0n)]));
}

/** One activity's total, in units. */
export async function activityTotal(db: Db | Tx, activityId: number, asOf: IsoDate | null = null): Promise<number> {
  return (await progressTotals(db, { activityId }, asOf)).get(activityId) ?? 0;
}
