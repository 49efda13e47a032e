import SQLite from 'better-sqlite3';
import pg from 'pg';
import { expect, it } from 'vitest';
import { appendReversal } from '../../src/storage/corrections.js';
import { type Db, openDatabase } from '../../src/storage/database.js';
import { readMigrations } from '../../src/storage/migrate.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { appendProgress } from '../../src/storage/progress.js';
import { parseDatabaseUrl } from '../../src/storage/target.js';
import { activityTotal, progressTotals } from '../../src/storage/totals.js';
import { createScratchDatabase, describeEachEngine, describeEachEngineRaw } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';
import { buildProgressEntry } from '../helpers/progress.js';

/** Each activity's sum of its entries, added up in the test from the stored integers. */
async function sumsOfEntries(db: Db): Promise<Record<number, number>> {
  const entries = await db.progressEntry.findMany({ select: { activityId: true, amountTenThousandths: true } });
  const sums = new Map<number, bigint>();
  for (const e of entries) sums.set(e.activityId, (sums.get(e.activityId) ?? 0n) + e.amountTenThousandths);
  return Object.fromEntries([...sums].map(([id, sum]) => [id, Number(sum) / 10_000]));
}

const importer = { authorId: 'U_ADMIN' };
const withProgress = (amount: number | null) =>
  buildPlanDraft({
    activities: [buildActivityDraft({ code: '1.1', initialProgress: amount }), buildActivityDraft({ code: '1.2' })],
  });

describeEachEngine('progress totals', (t) => {
  const idsOf = async (planId: number) =>
    new Map((await loadPlanView(t.db, planId)).activities.map((activity) => [activity.code, activity.id]));

  it('are the exact sums of the entries after appends, the sheet import and reversals', async () => {
    const { planId } = await savePlanDraft(t.db, withProgress(2), importer);
    const ids = await idsOf(planId);
    const id11 = ids.get('1.1') ?? 0;
    expect(Object.fromEntries(await progressTotals(t.db, { planId }))).toEqual({ [id11]: 2 });

    const logged = await appendProgress(t.db, buildProgressEntry(id11, { amount: 1.5, effectiveOn: '2024-04-01' }));
    expect(logged.total).toBe(3.5);
    await appendProgress(t.db, buildProgressEntry(ids.get('1.2') ?? 0, { amount: 4, effectiveOn: '2024-04-01' }));
    await savePlanDraft(t.db, withProgress(5), importer);
    expect(await activityTotal(t.db, id11)).toBe(5);

    const reversal = await appendReversal(t.db, { correctsId: logged.entry.id, authorId: 'U1', source: 'chat' });
    expect(reversal.total).toBe(3.5);
    expect(Object.fromEntries(await progressTotals(t.db, { planId }))).toEqual(await sumsOfEntries(t.db));
  });

  it('add decimals exactly, where floats drift (0,1 + 0,2 is 0,3)', async () => {
    const { planId } = await savePlanDraft(t.db, withProgress(null), importer);
    const id = (await idsOf(planId)).get('1.2') ?? 0;
    for (const amount of [0.1, 0.2, 0.0001, 999_999_999.9999]) {
      await appendProgress(t.db, buildProgressEntry(id, { amount }));
    }
    expect(await activityTotal(t.db, id)).toBe(1_000_000_000.3);
    expect(await activityTotal(t.db, id, '2024-04-30')).toBe(0);
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

describeEachEngineRaw('the exact_amounts migration', (provider) => {
  it('carries the float amounts over as they were typed and drops the running total', async () => {
    const scratch = await createScratchDatabase(provider);
    try {
      const migrations = readMigrations(provider);
      const index = migrations.findIndex(({ name }) => name.endsWith('_exact_amounts'));
      const before = migrations.slice(0, index).map(({ sql }) => sql);
      const now = provider === 'sqlite' ? "'2024-01-01T00:00:00.000+00:00'" : "'2024-01-01'";
      await runScript(
        scratch.url,
        [
          ...before,
          `INSERT INTO "Plan" ("id", "entity", "entityKey", "year", "startsOn", "endsOn", "isActive", "updatedAt")
            VALUES (1, 'Alcaldía', 'alcaldia', 2024, '2024-01-01', '2024-12-31', true, ${now})`,
          `INSERT INTO "Subcomponent" ("id", "planId", "code", "name", "fullText", "position") VALUES (1, 1, '1', 'S', 'S', 1)`,
          `INSERT INTO "Activity" ("id", "planId", "subcomponentId", "code", "position", "title", "product",
            "responsibleText", "target", "unit", "scheduleText", "scheduleKind")
            VALUES (1, 1, 1, '1.1', 1, 'A', 'P', 'R', 40, 'count', '', 'none')`,
          `INSERT INTO "ProgressEntry" ("activityId", "amount", "authorId", "source", "effectiveOn")
            VALUES (1, 0.1, 'U1', 'chat', '2024-02-01'), (1, 0.2, 'U1', 'chat', '2024-02-01'), (1, 1.5, 'U1', 'chat', '2024-02-01')`,
          `INSERT INTO "ProgressTotal" ("activityId", "total") VALUES (1, 1.8000000000000003)`,
        ].join(';\n'),
      );
      // The runner records what it applied: mark the earlier ones as applied so only exact_amounts runs.
      const database = await openDatabaseAfter(scratch.url, migrations.slice(0, index));
      try {
        const rows = await database.prisma.progressEntry.findMany({ orderBy: { id: 'asc' } });
        expect(rows.map((row) => row.amountTenThousandths)).toEqual([1000n, 2000n, 15000n]);
        expect(await activityTotal(database.prisma, 1)).toBe(1.8);
      } finally {
        await database.close();
      }
    } finally {
      await scratch.drop();
    }
  });
});

/** Records `applied` in the runner's table as if it had applied them, then opens (and so migrates) the database. */
async function openDatabaseAfter(url: string, applied: { name: string; checksum: string }[]) {
  const values = applied.map(({ name, checksum }) => `('${name}', '${checksum}', '2024-01-01')`).join(', ');
  await runScript(
    url,
    `CREATE TABLE IF NOT EXISTS "_rinde_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "applied_at" TEXT NOT NULL);
     INSERT INTO "_rinde_migrations" ("name", "checksum", "applied_at") VALUES ${values}`,
  );
  return openDatabase(url);
}
