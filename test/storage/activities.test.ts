import { expect, it } from 'vitest';
import { activitiesForUser, listActivityCodes } from '../../src/storage/activities.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';

describeEachEngine('activities', (t) => {
  it('does not list the codes of retired activities', async () => {
    const draft = buildPlanDraft();
    const { planId } = await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' });
    expect(await listActivityCodes(t.db, planId)).toEqual(['1.1', '1.2', '2.1']);
    await savePlanDraft(t.db, { ...draft, activities: draft.activities.slice(1) }, { authorId: 'U_ADMIN' });
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
