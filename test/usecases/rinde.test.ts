import { beforeEach, expect, it } from 'vitest';
import { getMember, setAdmin } from '../../src/storage/members.js';
import { runCommand } from '../../src/usecases/index.js';
import { parseUserReference } from '../../src/usecases/rinde.js';
import { buildContext, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';

it.each([
  ['<@U0123ABC>', 'U0123ABC'],
  ['<@U0123ABC|ana>', 'U0123ABC'],
  ['@U0123ABC', 'U0123ABC'],
  ['U0123ABC', 'U0123ABC'],
  ['<#C123>', null],
  [undefined, null],
])('parseUserReference(%j) is %j', (text, userId) => {
  expect(parseUserReference(text)).toBe(userId);
});

describeEachEngine('/rinde', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
    await setAdmin(database.db, 'U_ADMIN', true);
  });

  const asAdmin = () => buildContext(database, { caller: { userId: 'U_ADMIN', displayName: 'Planeación' } });
  const asStaff = () => buildContext(database, { caller: { userId: 'U_STAFF', displayName: null } });

  it('lets an admin assign someone to an office, spelled loosely', async () => {
    const reply = await runCommand(asAdmin(), 'rinde', 'asignar <@U_ANA|ana> oficina de PRENSA');
    expect(reply).toEqual({ kind: 'done', message: 'Listo: <@U_ANA> ahora responde por Oficina de prensa.' });
    expect(await getMember(database.db, 'U_ANA')).toMatchObject({ offices: [{ name: 'Oficina de prensa' }] });
  });

  it('refuses set-up commands to someone who is not an admin', async () => {
    expect(await runCommand(asStaff(), 'rinde', 'asignar <@U_ANA> Oficina de prensa')).toEqual({
      kind: 'error',
      message: 'Esta opción es solo para administradores del plan (Oficina de Planeación).',
    });
    expect(await runCommand(asStaff(), 'rinde', 'admin <@U_STAFF>')).toMatchObject({ kind: 'error' });
    expect(await getMember(database.db, 'U_ANA')).toBeNull();
  });

  it('says which offices match when the name is ambiguous or unknown', async () => {
    const unknown = await runCommand(asAdmin(), 'rinde', 'asignar <@U_ANA> Oficina de Turismo');
    expect(unknown).toEqual({
      kind: 'error',
      message: expect.stringContaining('No encontré la dependencia «Oficina de Turismo»'),
    });
    const ambiguous = await runCommand(asAdmin(), 'rinde', 'asignar <@U_ANA> Secretaría de Desarrollo');
    expect(ambiguous).toEqual({
      kind: 'error',
      message: expect.stringContaining('coincide con varias dependencias'),
    });
  });

  it('makes someone an admin', async () => {
    expect(await runCommand(asAdmin(), 'rinde', 'admin <@U_JEFE>')).toEqual({
      kind: 'done',
      message: 'Listo: <@U_JEFE> ahora es administrador del plan.',
    });
    expect(await getMember(database.db, 'U_JEFE')).toMatchObject({ isAdmin: true });
  });

  it('lists the offices with their members and activity counts', async () => {
    await runCommand(asAdmin(), 'rinde', 'asignar <@U_ANA> Oficina de prensa');
    const reply = await runCommand(asStaff(), 'rinde', 'oficinas');
    if (reply.kind !== 'offices') throw new Error(`unexpected reply ${reply.kind}`);
    expect(reply.offices).toHaveLength(12);
    expect(reply.offices.find((o) => o.name === 'Oficina de prensa')).toEqual({
      name: 'Oficina de prensa',
      members: ['<@U_ANA>'],
      activityCount: 3,
    });
  });

  it('explains an unknown option', async () => {
    expect(await runCommand(asAdmin(), 'rinde', 'borrar todo')).toEqual({
      kind: 'error',
      message: 'No conozco la opción «borrar». Escriba `/rinde ayuda` para ver lo que puede hacer.',
    });
  });
});

describeEachEngine('/rinde resumen', (database) => {
  it('gives the weekly digest on demand, with the progress of the last seven days', async () => {
    await seedSamplePlan(database.db);
    // Today is after the 2024 plan's vigencia: a grace period that covers it lets the entry in (dated 31/12/2024).
    const asAdminNow = () => buildContext(database, { actsAsAdmin: true, now: new Date(), lateGraceDays: 100_000 });
    await runCommand(asAdminNow(), 'avance', '1.2 10 Publicamos 10 piezas');
    const reply = await runCommand(asAdminNow(), 'rinde', 'resumen');
    if (reply.kind !== 'digest') throw new Error(`unexpected reply ${reply.kind}`);
    expect(reply.digest.recent).toEqual([expect.objectContaining({ activityCode: '1.2', amount: 10 })]);
  });
});
