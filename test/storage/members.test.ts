import { expect, it } from 'vitest';
import {
  assignMemberToOffice,
  findOfficeByName,
  getMember,
  listOffices,
  membersOfOffices,
  setAdmin,
} from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';

describeEachEngine('members and offices', (t) => {
  it('assigns members to offices by any spelling of the name, once', async () => {
    await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    await assignMemberToOffice(t.db, 'U1', 'secretaria de planeacion', { displayName: 'Ana' });
    const member = await assignMemberToOffice(t.db, 'U1', 'Oficina de Comunicaciones');
    await assignMemberToOffice(t.db, 'U1', 'Oficina de Comunicaciones');
    expect(member).toEqual({
      userId: 'U1',
      displayName: 'Ana',
      isAdmin: false,
      offices: [
        { id: expect.any(Number), name: 'Oficina de Comunicaciones' },
        { id: expect.any(Number), name: 'Secretaría de Planeación' },
      ],
    });
    expect((await getMember(t.db, 'U1'))?.offices).toHaveLength(2);
    await expect(assignMemberToOffice(t.db, 'U1', 'Secretaría de Magia')).rejects.toMatchObject({
      code: 'OFFICE_NOT_FOUND',
    });
  });

  it('makes and unmakes admins, creating the member if needed', async () => {
    await setAdmin(t.db, 'U_BOSS', true);
    expect(await getMember(t.db, 'U_BOSS')).toEqual({
      userId: 'U_BOSS',
      displayName: null,
      isAdmin: true,
      offices: [],
    });
    await setAdmin(t.db, 'U_BOSS', false);
    expect((await getMember(t.db, 'U_BOSS'))?.isAdmin).toBe(false);
    expect(await getMember(t.db, 'U_UNKNOWN')).toBeNull();
  });

  it('lists the members of some offices, each once, with the offices they belong to', async () => {
    await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    await assignMemberToOffice(t.db, 'U1', 'Secretaría de Planeación');
    await assignMemberToOffice(t.db, 'U1', 'Oficina de Comunicaciones');
    await assignMemberToOffice(t.db, 'U2', 'Secretaría de Gobierno');
    const ids = Object.fromEntries((await listOffices(t.db)).map((o) => [o.name, o.id]));
    const planning = ids['Secretaría de Planeación'] ?? 0;
    const comms = ids['Oficina de Comunicaciones'] ?? 0;
    expect(await membersOfOffices(t.db, [planning, comms])).toEqual([
      { userId: 'U1', displayName: null, officeIds: [planning, comms].sort((a, b) => a - b) },
    ]);
    expect(await membersOfOffices(t.db, [])).toEqual([]);
  });

  it('lists offices in Spanish order with members and current activity counts per plan', async () => {
    const p2024 = await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    const p2025 = await savePlanDraft(
      t.db,
      buildPlanDraft({
        vigencia: { from: '2025-01-01', to: '2025-12-31' },
        activities: [buildActivityDraft({ code: '1.1', offices: ['Área de Tránsito'] })],
      }),
      { authorId: 'U_ADMIN' },
    );
    await assignMemberToOffice(t.db, 'U2', 'Secretaría de Gobierno');
    await assignMemberToOffice(t.db, 'U1', 'Secretaría de Gobierno');
    const summary = (offices: Awaited<ReturnType<typeof listOffices>>) =>
      offices.map((o) => [o.name, o.key, o.members, o.activityCount]);
    expect(summary(await listOffices(t.db, p2024.planId))).toEqual([
      ['Área de Tránsito', 'area de transito', [], 0],
      ['Oficina de Comunicaciones', 'oficina de comunicaciones', [], 1],
      ['Secretaría de Gobierno', 'secretaria de gobierno', ['U1', 'U2'], 1],
      ['Secretaría de Planeación', 'secretaria de planeacion', [], 2],
    ]);
    expect((await listOffices(t.db, p2025.planId)).map((o) => o.activityCount)).toEqual([1, 0, 0, 0]);
    expect((await listOffices(t.db)).map((o) => o.activityCount)).toEqual([1, 1, 1, 2]);
  });

  it('finds an office by exact folded name, else by a unique partial match, else offers candidates', async () => {
    await savePlanDraft(t.db, buildPlanDraft(), { authorId: 'U_ADMIN' });
    const find = async (text: string) => {
      const match = await findOfficeByName(t.db, text);
      return { office: match.office?.name ?? null, candidates: match.candidates };
    };
    expect(await find('SECRETARÍA de  planeacion')).toEqual({ office: 'Secretaría de Planeación', candidates: [] });
    expect((await findOfficeByName(t.db, 'comunicaciones')).office).toEqual({
      id: expect.any(Number),
      name: 'Oficina de Comunicaciones',
      key: 'oficina de comunicaciones',
    });
    expect(await find('comunica')).toEqual({ office: 'Oficina de Comunicaciones', candidates: [] });
    expect(await find('secretaria')).toEqual({
      office: null,
      candidates: ['Secretaría de Gobierno', 'Secretaría de Planeación'],
    });
    expect(await find('hacienda')).toEqual({ office: null, candidates: [] });
    expect(await find('  ')).toEqual({ office: null, candidates: [] });
  });
});
