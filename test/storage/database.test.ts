import { expect, it } from 'vitest';
import { refreshStatistics } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';

describeEachEngine('refreshStatistics', (t) => {
  it('gives PostgreSQL the sizes of a fresh import at once, and leaves SQLite without statistics', async () => {
    await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    await refreshStatistics({ prisma: t.db, provider: t.provider });
    if (t.provider === 'postgresql') {
      const [activity] = await t.db.$queryRawUnsafe<{ reltuples: number }[]>(
        `SELECT reltuples FROM pg_class WHERE relname = 'Activity'`,
      );
      expect(Number(activity?.reltuples)).toBe(3);
    } else {
      const stats = await t.db.$queryRawUnsafe<unknown[]>(`SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'`);
      expect(stats).toEqual([]);
    }
  });
});
