import type { Tx } from './database.js';

// Every writer of progress entries keeps ProgressTotal in the same transaction: the ledger in its
// own SQL, the reversal and the import through these two.

/** Adds one entry's amount to its activity's total; returns the new total. */
export async function addToTotal(tx: Tx, activityId: number, amount: number): Promise<number> {
  const { total } = await tx.progressTotal.upsert({
    where: { activityId },
    create: { activityId, total: amount },
    update: { total: { increment: amount } },
    select: { total: true },
  });
  return total;
}

/** Sets the totals of a plan's activities from their entries, after entries were written in bulk. */
export async function recountTotals(tx: Tx, planId: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ProgressTotal" ("activityId", "total")
    SELECT e."activityId", SUM(e."amount") FROM "ProgressEntry" e JOIN "Activity" a ON a."id" = e."activityId"
    WHERE a."planId" = ${planId}
    GROUP BY e."activityId"
    ON CONFLICT ("activityId") DO UPDATE SET "total" = excluded."total"`;
}

/** The activities' totals (an activity without entries has none). */
export async function totalsOf(tx: Tx, planId: number): Promise<Map<number, number>> {
  const rows = await tx.progressTotal.findMany({
    where: { activity: { planId } },
    select: { activityId: true, total: true },
  });
  return new Map(rows.map((row) => [row.activityId, row.total]));
}
