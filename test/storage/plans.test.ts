import { expect, it } from 'vitest';
import {
  getActivePlan,
  getPlanByRef,
  IMPORTED_PROGRESS_NOTE,
  listPlans,
  savePlanDraft,
  setActivePlan,
} from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { appendProgress, listProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';

const importer = { authorId: 'U_ADMIN', sourceFile: 'plan-2024.xlsx' };
const plan2025 = buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' } });

describeEachEngine('savePlanDraft', (t) => {
  it('creates a plan with its activities, due dates and de-duplicated offices, and activates it', async () => {
    const result = await savePlanDraft(t.db, buildPlanDraft(), importer);
    expect(result).toEqual({
      planId: expect.any(Number),
      created: true,
      headerUpdated: false,
      activities: { created: 3, updated: 0, retired: 0 },
      offices: { created: 3 },
      progress: { imported: 0 },
    });
    const view = await loadPlanView(t.db, result.planId);
    expect(view?.plan).toMatchObject({
      entity: 'Alcaldía de San José',
      year: 2024,
      isActive: true,
      sourceFile: 'plan-2024.xlsx',
    });
    expect(view?.activities.map((a) => [a.code, a.offices.map((o) => o.name), a.dueDates.length])).toEqual([
      ['1.1', ['Secretaría de Planeación'], 2],
      ['1.2', ['Oficina de Comunicaciones', 'Secretaría de Planeación'], 4],
      ['2.1', ['Secretaría de Gobierno'], 2],
    ]);
  });

  it('treats two spellings of one office as the same office, across imports', async () => {
    const draft = buildPlanDraft({
      activities: [
        buildActivityDraft({ code: '1.1', offices: ['Secretaría de Planeación', 'SECRETARIA DE  PLANEACION'] }),
      ],
    });
    expect((await savePlanDraft(t.db, draft, importer)).offices.created).toBe(1);
    expect((await savePlanDraft(t.db, plan2025, importer)).offices.created).toBe(2);
    expect(await t.db.office.count()).toBe(3);
  });

  it('re-imports in place: same ids, updated fields and replaced due dates and offices', async () => {
    const first = await savePlanDraft(t.db, buildPlanDraft(), importer);
    const before = await loadPlanView(t.db, first.planId);
    const changed = buildPlanDraft({
      activities: [
        buildActivityDraft({ code: '1.1', title: 'Título nuevo', offices: ['Secretaría de Hacienda'] }),
        buildActivityDraft({
          code: '1.2',
          schedule: { text: 'Diciembre de 2024', kind: 'month', dueDates: ['2024-12-31'] },
        }),
        buildActivityDraft({ code: '2.1', offices: ['Secretaría de Gobierno'] }),
      ],
    });
    const second = await savePlanDraft(t.db, changed, { authorId: 'U_ADMIN' });
    expect(second).toEqual({
      planId: first.planId,
      created: false,
      headerUpdated: false,
      activities: { created: 0, updated: 3, retired: 0 },
      offices: { created: 1 },
      progress: { imported: 0 },
    });
    const after = await loadPlanView(t.db, first.planId);
    expect(after?.activities.map((a) => a.id)).toEqual(before?.activities.map((a) => a.id));
    expect(after?.activities[0]).toMatchObject({
      title: 'Título nuevo',
      offices: [{ name: 'Secretaría de Hacienda' }],
    });
    expect(after?.activities[1]?.dueDates).toEqual(['2024-12-31']);
    expect(after?.plan.sourceFile).toBe('plan-2024.xlsx');
  });

  it('counts as updated only the activities whose stored fields, due dates or offices changed', async () => {
    const { planId } = await savePlanDraft(t.db, buildPlanDraft(), importer);
    const unchanged = await savePlanDraft(t.db, buildPlanDraft(), importer);
    expect(unchanged).toMatchObject({
      headerUpdated: false,
      activities: { created: 0, updated: 0, retired: 0 },
      progress: { imported: 0 },
    });
    const renamed = buildPlanDraft({ objective: 'Rendir cuentas cada mes' });
    expect(await savePlanDraft(t.db, renamed, importer)).toMatchObject({
      headerUpdated: true,
      activities: { created: 0, updated: 0, retired: 0 },
    });

    // Same texts, other readings: a vigencia given with --from/--to moves due dates, an office list splits differently.
    const [first, second, third] = buildPlanDraft().activities;
    if (!first || !second || !third) throw new Error('faltan actividades');
    const reread = buildPlanDraft({
      activities: [
        { ...first, schedule: { ...first.schedule, dueDates: ['2024-06-28', '2024-12-13'] } },
        second,
        { ...third, offices: ['Secretaría de Gobierno', 'Secretaría de Planeación'] },
      ],
    });
    expect((await savePlanDraft(t.db, reread, importer)).activities).toEqual({ created: 0, updated: 2, retired: 0 });
    const view = await loadPlanView(t.db, planId);
    expect(view.activities.map((a) => [a.code, a.dueDates, a.offices.map((o) => o.name)])).toEqual([
      ['1.1', ['2024-06-28', '2024-12-13'], ['Secretaría de Planeación']],
      [
        '1.2',
        ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
        ['Oficina de Comunicaciones', 'Secretaría de Planeación'],
      ],
      ['2.1', ['2024-06-30', '2024-12-15'], ['Secretaría de Gobierno', 'Secretaría de Planeación']],
    ]);
  });

  it('retires activities missing from the sheet, keeps their progress, and restores them if they return', async () => {
    const { planId } = await savePlanDraft(t.db, buildPlanDraft(), importer);
    const view = await loadPlanView(t.db, planId);
    const retiring = view?.activities.find((a) => a.code === '2.1');
    if (!retiring) throw new Error('falta 2.1');
    await appendProgress(t.db, {
      activityId: retiring.id,
      amount: 2,
      effectiveOn: '2024-03-01',
      authorId: 'U1',
      source: 'chat',
    });

    const withoutIt = buildPlanDraft({ activities: buildPlanDraft().activities.slice(0, 2) });
    const retiredAt = new Date('2024-05-20T15:00:00Z');
    expect((await savePlanDraft(t.db, withoutIt, { ...importer, now: retiredAt })).activities).toEqual({
      created: 0,
      updated: 0,
      retired: 1,
    });
    expect(await t.db.activity.findUnique({ where: { id: retiring.id }, select: { retiredAt: true } })).toEqual({
      retiredAt,
    });
    const reduced = await loadPlanView(t.db, planId);
    expect(reduced?.activities.map((a) => a.code)).toEqual(['1.1', '1.2']);
    expect(reduced?.subcomponents.map((s) => s.code)).toEqual(['1']);
    expect(await listProgress(t.db, retiring.id)).toHaveLength(1);

    expect((await savePlanDraft(t.db, buildPlanDraft(), importer)).activities).toEqual({
      created: 0,
      updated: 1,
      retired: 0,
    });
    const restored = await loadPlanView(t.db, planId);
    expect(restored?.activities.find((a) => a.code === '2.1')).toMatchObject({ id: retiring.id, progress: 2 });
  });

  it('imports the sheet progress once, then only what the sheet adds beyond what is logged', async () => {
    const withProgress = (amount: number | null) =>
      buildPlanDraft({ activities: [buildActivityDraft({ code: '1.1', initialProgress: amount })] });
    const { planId } = await savePlanDraft(t.db, withProgress(1), importer);
    const activityId = (await loadPlanView(t.db, planId))?.activities[0]?.id ?? 0;
    expect(await listProgress(t.db, activityId)).toEqual([
      expect.objectContaining({
        amount: 1,
        source: 'import',
        authorId: 'U_ADMIN',
        effectiveOn: '2024-01-01',
        note: IMPORTED_PROGRESS_NOTE,
      }),
    ]);

    expect((await savePlanDraft(t.db, withProgress(1), importer)).progress).toEqual({ imported: 0 });
    expect(await listProgress(t.db, activityId)).toHaveLength(1);

    await appendProgress(t.db, { activityId, amount: 1.5, effectiveOn: '2024-04-01', authorId: 'U1', source: 'chat' });
    expect((await savePlanDraft(t.db, withProgress(3), importer)).progress).toEqual({ imported: 1 });
    await savePlanDraft(t.db, withProgress(2), importer);
    await savePlanDraft(t.db, withProgress(null), importer);
    expect((await listProgress(t.db, activityId)).map((e) => [e.source, e.amount])).toEqual([
      ['import', 1],
      ['chat', 1.5],
      ['import', 0.5],
    ]);
  });

  it('makes a new vigencia a new, active plan and leaves exactly one active', async () => {
    const first = await savePlanDraft(t.db, buildPlanDraft(), importer);
    const second = await savePlanDraft(t.db, plan2025, importer);
    expect(second.created).toBe(true);
    expect(second.planId).not.toBe(first.planId);
    expect((await getActivePlan(t.db))?.id).toBe(second.planId);

    await savePlanDraft(t.db, buildPlanDraft(), importer);
    expect((await getActivePlan(t.db))?.id).toBe(second.planId);
    expect(await t.db.plan.count({ where: { isActive: true } })).toBe(1);
  });

  it('rejects an activity whose subcomponent is not in the draft, saving nothing', async () => {
    const draft = buildPlanDraft({ activities: [buildActivityDraft({ code: '9.1' })] });
    await expect(savePlanDraft(t.db, draft, importer)).rejects.toThrow(/subcomponente 9/);
    expect(await t.db.plan.count()).toBe(0);
  });
});

describeEachEngine('plan lookup', (t) => {
  it('finds plans by year or id, lists them newest first, and switches the active one', async () => {
    const p2024 = await savePlanDraft(t.db, buildPlanDraft(), importer);
    const p2025 = await savePlanDraft(t.db, plan2025, importer);

    expect((await getPlanByRef(t.db, '2024'))?.id).toBe(p2024.planId);
    expect((await getPlanByRef(t.db, String(p2025.planId)))?.year).toBe(2025);
    expect(await getPlanByRef(t.db, '1999')).toBeNull();
    expect(await getPlanByRef(t.db, 'plan')).toBeNull();

    const plans = await listPlans(t.db);
    expect(plans.map((p) => [p.year, p.isActive, p.activityCount])).toEqual([
      [2025, true, 3],
      [2024, false, 3],
    ]);

    await setActivePlan(t.db, p2024.planId);
    expect((await getActivePlan(t.db))?.year).toBe(2024);
    expect(await t.db.plan.count({ where: { isActive: true } })).toBe(1);
    await expect(setActivePlan(t.db, 9999)).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
  });

  it('has no active plan before the first import', async () => {
    expect(await getActivePlan(t.db)).toBeNull();
    expect(await listPlans(t.db)).toEqual([]);
  });
});
