import { expect, it } from 'vitest';
import * as progress from '../../src/storage/progress.js';
import { appendProgress, recentProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';
import { buildProgressEntry, savePlanWithIds } from '../helpers/progress.js';

describeEachEngine('progress', (t) => {
  it('lists entries recorded since a moment, oldest first, for one plan', async () => {
    const p2024 = await savePlanWithIds(t.db);
    const p2025 = await savePlanWithIds(t.db, buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' } }));
    await appendProgress(t.db, buildProgressEntry(p2024.idOf('1.1'), { amount: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    await appendProgress(t.db, buildProgressEntry(p2024.idOf('1.2'), { amount: 2 }));
    await appendProgress(t.db, buildProgressEntry(p2025.idOf('1.2'), { amount: 9 }));
    await appendProgress(t.db, buildProgressEntry(p2024.idOf('2.1'), { amount: 3 }));
    expect((await recentProgress(t.db, p2024.planId, since)).map((e) => [e.activityCode, e.amount])).toEqual([
      ['1.2', 2],
      ['2.1', 3],
    ]);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(progress).filter((name) => /update|delete|remove|edit|set/i.test(name))).toEqual([]);
  });
});
