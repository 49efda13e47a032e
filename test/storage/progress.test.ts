import { expect, it } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import * as progress from '../../src/storage/progress.js';
import { lastEntryBy, type NewProgressEntry, recentProgress } from '../../src/storage/progress.js';
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
  it('finds the author’s last entry in the plan, not in other plans', async () => {
    const p2024 = await importPlan(t.db);
    const p2025 = await importPlan(t.db, buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' } }));
    await t.ledger.append(entry(p2024.idOf('1.1')));
    const last = await t.ledger.append(entry(p2024.idOf('2.1'), { amount: 3 }));
    await t.ledger.append(entry(p2025.idOf('1.1'), { amount: 7 }));
    await t.ledger.append(entry(p2024.idOf('1.2'), { authorId: 'U2' }));
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
    await t.ledger.append(entry(p2024.idOf('1.1'), { amount: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    await t.ledger.append(entry(p2024.idOf('1.2'), { amount: 2 }));
    await t.ledger.append(entry(p2025.idOf('1.2'), { amount: 9 }));
    await t.ledger.append(entry(p2024.idOf('2.1'), { amount: 3 }));
    expect((await recentProgress(t.db, p2024.planId, since)).map((e) => [e.activityCode, e.amount])).toEqual([
      ['1.2', 2],
      ['2.1', 3],
    ]);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(progress).filter((name) => /update|delete|remove|edit|set/i.test(name))).toEqual([]);
  });
});
