import SQLite from 'better-sqlite3';
import pg from 'pg';
import { expect, it } from 'vitest';
import { appendReversal } from '../../src/storage/corrections.js';
import type { Db } from '../../src/storage/database.js';
import { readMigrations } from '../../src/storage/migrate.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { parseDatabaseUrl } from '../../src/storage/target.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';
import { buildProgressEntry } from '../helpers/progress.js';

/** What ProgressTotal must always hold: each activity's sum of entries. */
async function expectTotalsMatchEntries(db: Db): Promise<Record<number, number>> {
  const sums = await db.progressEntry.groupBy({ by: ['activityId'], _sum: { amount: true } });
  const totals = await db.progressTotal.findMany();
  const expected = Object.fromEntries(sums.map((row) => [row.activityId, row._sum.amount ?? 0]));
  expect(Object.fromEntries(totals.map((row) => [row.activityId, row.total]))).toEqual(expected);
  return expected;
}

const importer = { authorId: 'U_ADMIN' };
const withProgress = (amount: number | null) =>
  buildPlanDraft({
    activities: [buildActivityDraft({ code: '1.1', initialProgress: amount }), buildActivityDraft({ code: '1.2' })],
  });

describeEachEngine('progress totals', (t) => {
  const idsOf = async (planId: number) =>
    new Map((await loadPlanView(t.db, planId)).activities.map((activity) => [activity.code, activity.id]));

  it('follow the ledger, the sheet import and reversals, entry by entry', async () => {
    const { planId } = await savePlanDraft(t.db, withProgress(2), importer);
    const ids = await idsOf(planId);
    const id11 = ids.get('1.1') ?? 0;
    expect(await expectTotalsMatchEntries(t.db)).toEqual({ [id11]: 2 });

    const logged = await t.ledger.append(buildProgressEntry(id11, { amount: 1.5, effectiveOn: '2024-04-01' }));
    expect(logged.total).toBe(3.5);
    await t.ledger.append(buildProgressEntry(ids.get('1.2') ?? 0, { amount: 4, effectiveOn: '2024-04-01' }));
    await savePlanDraft(t.db, withProgress(5), importer);
    expect((await expectTotalsMatchEntries(t.db))[id11]).toBe(5);

    const reversal = await appendReversal(t.db, { correctsId: logged.entry.id, authorId: 'U1', source: 'chat' });
    expect(reversal.total).toBe(3.5);
    await expectTotalsMatchEntries(t.db);
  });

  it('are counted for entries already there when the migration runs', async () => {
    const { planId } = await savePlanDraft(t.db, withProgress(2), importer);
    const ids = await idsOf(planId);
    await t.ledger.append(buildProgressEntry(ids.get('1.2') ?? 0, { amount: 4, effectiveOn: '2024-04-01' }));
    const migration = readMigrations(t.provider).find(({ name }) => name.endsWith('_progress_totals'));
    if (migration === undefined) throw new Error('the progress_totals migration is missing');
    await runScript(t.url, `DROP TABLE "ProgressTotal"; ${migration.sql}`);
    expect(await expectTotalsMatchEntries(t.db)).toEqual({ [ids.get('1.1') ?? 0]: 2, [ids.get('1.2') ?? 0]: 4 });
  });
});

/** Runs SQL on its own connection, as the migration runner does. */
async function runScript(url: string, sql: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (target.provider === 'sqlite') {
    const connection = new SQLite(target.file);
    try {
      connection.exec(sql);
    } finally {
      connection.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
