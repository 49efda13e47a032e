import { expect, it } from 'vitest';
import type { ActivityDraft } from '../../src/domain/types.js';
import { claimDelivery, claimedKeys } from '../../src/storage/deliveries.js';
import { loadReminderActivities } from '../../src/storage/dueActivities.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { appendProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';

const WINDOW = { from: '2024-01-01', to: '2024-07-15' };
const AS_OF = '2024-07-01';

/** More activities behind than SQLite's 999 bound parameters, so no step may list their ids. */
const LATE = 1200;

function dated(code: string, dueDates: string[], overrides: Partial<ActivityDraft> = {}): ActivityDraft {
  return buildActivityDraft({ code, schedule: { text: dueDates.join(', '), kind: 'dates', dueDates }, ...overrides });
}

describeEachEngine('loadReminderActivities', (t) => {
  const planOf = (id: number) =>
    t.db.plan.findUniqueOrThrow({ where: { id }, select: { id: true, startsOn: true, endsOn: true } });

  it('returns only activities behind on a due date in the window, and continuous ones short of their target, with their stated start', async () => {
    const late = Array.from({ length: LATE }, (_, i) => dated(`2.${i + 1}`, ['2024-03-31']));
    const draft = buildPlanDraft({
      activities: [
        // Target 4 over two due dates: 2 meets 31 March (k/n = 1/2) but not 30 June.
        dated('1.1', ['2024-03-31', '2024-06-30']),
        // Met in full: never reminded, whatever the window.
        dated('1.2', ['2024-03-31', '2024-06-30']),
        // Its only due date is beyond the window.
        dated('1.3', ['2024-09-30']),
        // Logged after the sweep's day: does not count yet.
        dated('1.4', ['2024-06-30']),
        dated('1.5', ['2024-12-31'], {
          schedule: { text: 'A partir de marzo', kind: 'continuous', dueDates: ['2024-12-31'] },
          offices: ['Secretaría de Planeación', 'Oficina de Comunicaciones'],
        }),
        dated('1.6', ['2024-12-31'], { schedule: { text: 'Permanente', kind: 'continuous', dueDates: [] } }),
        ...late,
      ],
    });
    const { planId } = await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' });
    const ids = new Map(
      (await t.db.activity.findMany({ where: { planId }, select: { id: true, code: true } })).map((a) => [
        a.code,
        a.id,
      ]),
    );
    const log = (code: string, amount: number, effectiveOn: string) =>
      appendProgress(t.db, { activityId: ids.get(code) ?? 0, amount, effectiveOn, authorId: 'U1', source: 'chat' });
    await log('1.1', 2, '2024-03-20');
    await log('1.2', 4, '2024-06-01');
    await log('1.4', 4, '2024-07-02');
    await log('1.5', 1, '2024-05-10');
    await log('1.6', 4, '2024-05-10');

    const activities = await loadReminderActivities(t.db, await planOf(planId), WINDOW, AS_OF);
    const byCode = new Map(activities.map((activity) => [activity.code, activity]));
    expect(activities).toHaveLength(LATE + 3);
    expect([...byCode.keys()].filter((code) => code.startsWith('1.'))).toEqual(['1.1', '1.4', '1.5']);
    expect(byCode.get('1.1')).toMatchObject({
      progress: 2,
      lastLoggedOn: '2024-03-20',
      startsOn: null,
      dueDates: ['2024-03-31', '2024-06-30'],
    });
    expect(byCode.get('1.4')).toMatchObject({ progress: 0, lastLoggedOn: null });
    expect(byCode.get('1.5')).toMatchObject({
      scheduleKind: 'continuous',
      progress: 1,
      startsOn: '2024-03-01',
      dueDates: ['2024-12-31'],
      offices: [
        { name: 'Secretaría de Planeación', memberIds: [] },
        { name: 'Oficina de Comunicaciones', memberIds: [] },
      ],
    });
  });

  it('leaves out retired activities', async () => {
    const { planId } = await savePlanDraft(t.db, buildPlanDraft({ activities: [dated('1.1', ['2024-06-30'])] }), {
      authorId: 'U_ADMIN',
    });
    await savePlanDraft(t.db, buildPlanDraft({ activities: [dated('1.2', ['2024-06-30'])] }), { authorId: 'U_ADMIN' });
    const activities = await loadReminderActivities(t.db, await planOf(planId), WINDOW, AS_OF);
    expect(activities.map((activity) => activity.code)).toEqual(['1.2']);
  });
});

describeEachEngine('claimedKeys', (t) => {
  it('finds the claimed ones among more keys than one statement may bind', async () => {
    const keys = Array.from({ length: 2500 }, (_, i) => `reminder:${i}:2024-06-30:due`);
    for (const key of [keys[0], keys[1200], keys[2499]] as string[]) {
      await claimDelivery(t.db, { key, kind: 'reminder', payload: '{}', leaseUntil: null });
    }
    expect([...(await claimedKeys(t.db, keys))].sort()).toEqual([keys[0], keys[1200], keys[2499]].sort());
  });
});
