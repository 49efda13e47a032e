import { expect, it } from 'vitest';
import { activitiesForUser, findActivityByCode, listActivityCodes } from '../../src/storage/activities.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';

describeEachEngine('activities', (t) => {
  it('finds a current activity by code with its target and offices', async () => {
    const { planId } = await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    expect(await findActivityByCode(t.db, planId, ' 1.2 ')).toMatchObject({
      planId,
      code: '1.2',
      title: 'Actividad 1.2',
      target: 100,
      unit: 'percent',
      subcomponent: { code: '1', name: 'Información' },
      scheduleKind: 'periodic',
      dueDates: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
      offices: [{ name: 'Oficina de Comunicaciones' }, { name: 'Secretaría de Planeación' }],
    });
    expect(await findActivityByCode(t.db, planId, '9.9')).toBeNull();
  });

  it('does not find retired activities, nor list their codes', async () => {
    const draft = buildPlanDraft();
    const { planId } = await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' });
    expect(await listActivityCodes(t.db, planId)).toEqual(['1.1', '1.2', '2.1']);
    await savePlanDraft(t.db, { ...draft, activities: draft.activities.slice(1) }, { authorId: 'U_ADMIN' });
    expect(await findActivityByCode(t.db, planId, '1.1')).toBeNull();
    expect(await listActivityCodes(t.db, planId)).toEqual(['1.2', '2.1']);
  });

  it("lists a user's activities through the user's offices", async () => {
    const { planId } = await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    await assignMemberToOffice(t.db, 'U_COMMS', 'Oficina de Comunicaciones');
    await assignMemberToOffice(t.db, 'U_BOTH', 'Secretaría de Planeación');
    await assignMemberToOffice(t.db, 'U_BOTH', 'Secretaría de Gobierno');
    const codes = async (userId: string) => (await activitiesForUser(t.db, planId, userId)).map((a) => a.code);
    expect(await codes('U_COMMS')).toEqual(['1.2']);
    expect(await codes('U_BOTH')).toEqual(['1.1', '1.2', '2.1']);
    expect(await codes('U_NOBODY')).toEqual([]);
  });
});
