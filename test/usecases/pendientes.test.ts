import { beforeEach, expect, it } from 'vitest';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { runCommand } from '../../src/usecases/index.js';
import { buildContext, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';

describeEachEngine('/pendientes', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
  });

  it("lists the caller's offices' next due dates, soonest first, leaving out completed activities", async () => {
    await assignMemberToOffice(database.db, 'U_PRENSA', 'Oficina de prensa');
    await runCommand(buildContext(database), 'avance', '1.3 9');
    const reply = await runCommand(buildContext(database), 'pendientes', '');
    if (reply.kind !== 'pending') throw new Error(`unexpected reply ${reply.kind}`);
    expect(reply.scope).toBe('mine');
    expect(reply.items.map((item) => [item.activity.code, item.dueOn, item.overdue])).toEqual([
      ['1.6', '2024-12-15', false],
      ['1.2', '2024-12-31', false],
    ]);
  });

  it('tells someone with no office how to get one', async () => {
    const reply = await runCommand(
      buildContext(database, { caller: { userId: 'U_NADIE', displayName: null } }),
      'pendientes',
      '',
    );
    expect(reply).toEqual({ kind: 'error', message: expect.stringContaining('No tiene dependencias asignadas') });
  });

  it('shows an admin with no office the whole plan, overdue dates first', async () => {
    const reply = await runCommand(buildContext(database, { actsAsAdmin: true }), 'pendientes', '');
    if (reply.kind !== 'pending') throw new Error(`unexpected reply ${reply.kind}`);
    expect(reply.scope).toBe('plan');
    expect(reply.items.slice(0, 6).map((item) => [item.activity.code, item.dueOn, item.overdue])).toEqual([
      ['1.4', '2024-06-30', true],
      ['1.5', '2024-06-30', true],
      ['2.1', '2024-06-30', true],
      ['2.2', '2024-06-30', true],
      ['2.3', '2024-06-30', true],
      ['1.1', '2024-07-15', true],
    ]);
  });
});
