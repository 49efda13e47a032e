import { expect, it } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import * as progress from '../../src/storage/progress.js';
import {
  appendProgress,
  lastEntryBy,
  listProgress,
  type NewProgressEntry,
  recentProgress,
} from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';

async function importPlan(db: Db, draft = buildPlanDraft()) {
  const { planId } = await savePlanDraft(db, draft, { authorId: 'U_ADMIN' });
  const view = await loadPlanView(db, planId);
  const idOf = (code: string) => view?.activities.find((a) => a.code === code)?.id ?? 0;
  return { planId, idOf };
}

const entry = (activityId: number, overrides: Partial<NewProgressEntry> = {}): NewProgressEntry => ({
  activityId,
  amount: 1,
  effectiveOn: '2024-05-01',
  authorId: 'U1',
  authorName: 'Ana',
  source: 'chat',
  ...overrides,
});

describeEachEngine('progress', (t) => {
  it('appends entries and returns each with the running total', async () => {
    const { idOf } = await importPlan(t.db);
    const first = await appendProgress(
      t.db,
      entry(idOf('1.1'), { amount: 1.5, note: 'Acta 1', evidenceUrl: 'https://x/1' }),
    );
    expect(first).toEqual({
      entry: expect.objectContaining({
        activityId: idOf('1.1'),
        amount: 1.5,
        note: 'Acta 1',
        evidenceUrl: 'https://x/1',
        authorName: 'Ana',
        correctsId: null,
        correctedByIds: [],
        recordedAt: expect.any(Date),
      }),
      total: 1.5,
    });
    expect((await appendProgress(t.db, entry(idOf('1.1'), { amount: 2 }))).total).toBe(3.5);
    expect((await appendProgress(t.db, entry(idOf('1.2'), { amount: 10 }))).total).toBe(10);
  });

  it('rejects progress for an activity that does not exist', async () => {
    await expect(appendProgress(t.db, entry(987654))).rejects.toMatchObject({ code: 'ACTIVITY_NOT_FOUND' });
  });

  it('rejects non-finite amounts', async () => {
    const { idOf } = await importPlan(t.db);
    await expect(appendProgress(t.db, entry(idOf('1.1'), { amount: Number.NaN }))).rejects.toThrow(RangeError);
  });

  it('links corrections both ways and keeps the original untouched', async () => {
    const { idOf } = await importPlan(t.db);
    const wrong = await appendProgress(t.db, entry(idOf('1.1'), { amount: 5 }));
    const fix = await appendProgress(t.db, entry(idOf('1.1'), { amount: -4, correctsId: wrong.entry.id }));
    expect(fix.total).toBe(1);
    expect(
      (await listProgress(t.db, idOf('1.1'))).map((e) => [e.id, e.amount, e.correctsId, e.correctedByIds]),
    ).toEqual([
      [wrong.entry.id, 5, null, [fix.entry.id]],
      [fix.entry.id, -4, wrong.entry.id, []],
    ]);
  });

  it('refuses a correction of another activity’s entry', async () => {
    const { idOf } = await importPlan(t.db);
    const other = await appendProgress(t.db, entry(idOf('1.2')));
    await expect(appendProgress(t.db, entry(idOf('1.1'), { correctsId: other.entry.id }))).rejects.toMatchObject({
      code: 'INVALID_CORRECTION',
    });
    await expect(appendProgress(t.db, entry(idOf('1.1'), { correctsId: 424242 }))).rejects.toMatchObject({
      code: 'INVALID_CORRECTION',
    });
  });

  it('finds the author’s last entry in the plan, not in other plans', async () => {
    const p2024 = await importPlan(t.db);
    const p2025 = await importPlan(t.db, buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' } }));
    await appendProgress(t.db, entry(p2024.idOf('1.1')));
    const last = await appendProgress(t.db, entry(p2024.idOf('2.1'), { amount: 3 }));
    await appendProgress(t.db, entry(p2025.idOf('1.1'), { amount: 7 }));
    await appendProgress(t.db, entry(p2024.idOf('1.2'), { authorId: 'U2' }));
    expect(await lastEntryBy(t.db, p2024.planId, 'U1')).toMatchObject({
      id: last.entry.id,
      activityCode: '2.1',
      activityTitle: 'Actividad 2.1',
    });
    expect(await lastEntryBy(t.db, p2024.planId, 'U_NOBODY')).toBeNull();
  });

  it('lists entries recorded since a moment, oldest first, for one plan', async () => {
    const p2024 = await importPlan(t.db);
    const p2025 = await importPlan(t.db, buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' } }));
    await appendProgress(t.db, entry(p2024.idOf('1.1'), { amount: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    await appendProgress(t.db, entry(p2024.idOf('1.2'), { amount: 2 }));
    await appendProgress(t.db, entry(p2025.idOf('1.2'), { amount: 9 }));
    await appendProgress(t.db, entry(p2024.idOf('2.1'), { amount: 3 }));
    expect((await recentProgress(t.db, p2024.planId, since)).map((e) => [e.activityCode, e.amount])).toEqual([
      ['1.2', 2],
      ['2.1', 3],
    ]);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(progress).filter((name) => /update|delete|remove|edit|set/i.test(name))).toEqual([]);
  });
});
