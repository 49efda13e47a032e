import { expect, it } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { appendProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft, buildSubcomponentDraft } from '../helpers/planDraft.js';

async function importPlan(db: Db) {
  // Subcomponent 2 comes first in the sheet, and its activities out of code order.
  const draft = buildPlanDraft({
    subcomponents: [buildSubcomponentDraft({ code: '2', name: 'Diálogo' }), buildSubcomponentDraft({ code: '1' })],
    activities: [
      buildActivityDraft({ code: '2.2' }),
      buildActivityDraft({ code: '2.1', target: { value: 100, unit: 'percent' } }),
      buildActivityDraft({ code: '1.1' }),
    ],
  });
  const { planId } = await savePlanDraft(db, draft, { authorId: 'U_ADMIN' });
  const view = await loadPlanView(db, planId);
  const idOf = (code: string) => view?.activities.find((a) => a.code === code)?.id ?? 0;
  return { planId, idOf };
}

describeEachEngine('loadPlanView', (t) => {
  it('orders activities by subcomponent position, then sheet position', async () => {
    const { planId } = await importPlan(t.db);
    const view = await loadPlanView(t.db, planId);
    expect(view?.subcomponents.map((s) => [s.code, s.position])).toEqual([
      ['2', 0],
      ['1', 1],
    ]);
    expect(view?.activities.map((a) => a.code)).toEqual(['2.2', '2.1', '1.1']);
    expect(view?.activities[1]).toMatchObject({
      target: 100,
      unit: 'percent',
      scheduleKind: 'dates',
      dueDates: ['2024-06-30', '2024-12-15'],
      progress: 0,
    });
    expect(view?.asOf).toBeNull();
  });

  it('totals every entry, corrections included, and only up to asOf when asked', async () => {
    const { planId, idOf } = await importPlan(t.db);
    const log = (activityId: number, amount: number, effectiveOn: string, correctsId?: number) =>
      appendProgress(t.db, { activityId, amount, effectiveOn, authorId: 'U1', source: 'chat', correctsId });
    const wrong = await log(idOf('1.1'), 5, '2024-03-10');
    await log(idOf('1.1'), -4, '2024-05-02', wrong.entry.id);
    await log(idOf('1.1'), 2, '2024-07-01');
    await log(idOf('2.1'), 30, '2024-06-30');

    const totals = async (asOf?: string) =>
      Object.fromEntries(
        ((await loadPlanView(t.db, planId, asOf ? { asOf } : {}))?.activities ?? []).map((a) => [a.code, a.progress]),
      );
    expect(await totals()).toEqual({ '2.2': 0, '2.1': 30, '1.1': 3 });
    expect(await totals('2024-06-30')).toEqual({ '2.2': 0, '2.1': 30, '1.1': 1 });
    expect(await totals('2024-03-31')).toEqual({ '2.2': 0, '2.1': 0, '1.1': 5 });
    expect((await loadPlanView(t.db, planId, { asOf: '2024-03-31' }))?.asOf).toBe('2024-03-31');
  });

  it("sums today's totals and past ones from the same entries", async () => {
    const { planId, idOf } = await importPlan(t.db);
    await appendProgress(t.db, {
      activityId: idOf('1.1'),
      amount: 2,
      effectiveOn: '2024-03-10',
      authorId: 'U1',
      source: 'chat',
    });
    await appendProgress(t.db, {
      activityId: idOf('1.1'),
      amount: 0.5,
      effectiveOn: '2024-06-10',
      authorId: 'U1',
      source: 'chat',
    });
    const progressOf = async (asOf?: string) =>
      (await loadPlanView(t.db, planId, asOf ? { asOf } : {})).activities.find((a) => a.code === '1.1')?.progress;
    expect(await progressOf()).toBe(2.5);
    expect(await progressOf('2024-12-31')).toBe(2.5);
    expect(await progressOf('2024-03-31')).toBe(2);
  });

  it('lists each current activity with its offices (Spanish order) and due dates, and only the subcomponents that still have one', async () => {
    const { planId } = await importPlan(t.db);
    // Re-imported without 2.2 and 2.1: both retire, and subcomponent 2 has nothing current left.
    const draft = buildPlanDraft({
      activities: [
        buildActivityDraft({ code: '1.1', offices: ['Oficina de Control Interno', 'Ámbito Rural'] }),
        buildActivityDraft({
          code: '1.2',
          schedule: { text: 'Trimestral', kind: 'periodic', dueDates: ['2024-03-31', '2024-09-30'] },
        }),
      ],
    });
    expect((await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' })).planId).toBe(planId);

    const view = await loadPlanView(t.db, planId);
    expect(view.plan).toMatchObject({ id: planId, entity: 'Alcaldía de San José', year: 2024, isActive: true });
    expect(view.subcomponents.map((s) => s.code)).toEqual(['1']);
    expect(view.activities.map((a) => [a.code, a.offices.map((o) => o.name), a.dueDates])).toEqual([
      ['1.1', ['Ámbito Rural', 'Oficina de Control Interno'], ['2024-06-30', '2024-12-15']],
      ['1.2', ['Secretaría de Planeación'], ['2024-03-31', '2024-09-30']],
    ]);
  });

  it('rejects an unknown plan', async () => {
    await expect(loadPlanView(t.db, 4242)).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
  });
});
