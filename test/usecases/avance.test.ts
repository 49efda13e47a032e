import { beforeEach, describe, expect, it } from 'vitest';
import { assignMemberToOffice, setAdmin } from '../../src/storage/members.js';
import { renderReplyText, runCommand } from '../../src/usecases/index.js';
import { buildContext, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';
import { readEntries } from '../helpers/progress.js';

describeEachEngine('/avance', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
    await assignMemberToOffice(database.db, 'U_PRENSA', 'Oficina de prensa');
  });

  async function entriesOf(code: string) {
    return readEntries(database.db, { activity: { code } });
  }

  it('logs progress for a member of the activity office and answers with its new state', async () => {
    const reply = await runCommand(
      buildContext(database),
      'avance',
      '1,2 10 Publicamos 10 piezas <https://tauramena.gov.co/prensa|evidencia>',
    );
    expect(reply).toMatchObject({
      kind: 'progress-logged',
      activity: { code: '1.2', progress: 10, target: 40, ratio: 0.25, state: 'on_track', nextDueOn: '2024-12-31' },
      entry: {
        amount: 10,
        note: 'Publicamos 10 piezas',
        evidenceUrl: 'https://tauramena.gov.co/prensa',
        authorId: 'U_PRENSA',
        authorName: 'Ana Prensa',
        source: 'chat',
        effectiveOn: '2024-07-16',
      },
    });
    const [entry] = await entriesOf('1.2');
    expect(entry).toMatchObject({ amount: 10, note: 'Publicamos 10 piezas', authorId: 'U_PRENSA', source: 'chat' });
  });

  it('asks to confirm an amount past the target, says how, and logs it once confirmed', async () => {
    const ctx = buildContext(database);
    await runCommand(ctx, 'avance', '1.2 30');
    const asked = await runCommand(ctx, 'avance', '1.2 15 Informe');
    expect(asked).toMatchObject({ kind: 'confirm-progress', amount: 15, pending: { amount: 15, confirmed: true } });
    expect(renderReplyText(asked)).toContain('pasaría su meta: lleva 30 de 40 y quedaría en 45');
    expect(renderReplyText(asked)).toContain('con la palabra `confirmar` al final');
    expect((await entriesOf('1.2')).map((e) => e.amount)).toEqual([30]);
    const confirmed = await runCommand(ctx, 'avance', '1.2 15 Informe confirmar');
    expect(confirmed).toMatchObject({
      kind: 'progress-logged',
      activity: { progress: 45 },
      entry: { note: 'Informe' },
    });
    expect(renderReplyText(await runCommand(ctx, 'avance', '1.2 1'))).toContain('ya está completa (lleva 45 de 40)');
  });

  it('reads 50% as half the target, and says the amount is added', async () => {
    const ctx = buildContext(database);
    await runCommand(ctx, 'avance', '1.2 4');
    const reply = await runCommand(ctx, 'avance', '1.2 25% fecha:15/07/2024 Mitad https://x.co/e');
    expect(reply).toMatchObject({ kind: 'progress-logged', entry: { amount: 10 }, activity: { progress: 14 } });
    const text = renderReplyText(reply);
    expect(text).toContain('se suman 10: ahora 14 de 40');
    expect(text).toContain('Cuenta el 15 de julio de 2024.');
    expect(text).toContain('Nota: Mitad');
    expect(text).toContain('Evidencia: https://x.co/e');
  });

  it('refuses dates outside the vigencia and says which days count', async () => {
    const ctx = buildContext(database);
    expect(await runCommand(ctx, 'avance', '1.2 1 fecha:01/06/2025')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('todavía no ha llegado'),
    });
    const late = buildContext(database, { now: new Date('2025-06-01T15:00:00Z') });
    expect(await runCommand(late, 'avance', '1.2 1')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('el plazo para registrar avance atrasado venció'),
    });
    const inGrace = buildContext(database, { now: new Date('2025-01-05T15:00:00Z') });
    expect(await runCommand(inGrace, 'avance', '1.2 1 fecha:02/01/2025')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('posterior al fin de la vigencia'),
    });
    expect(await runCommand(inGrace, 'avance', '1.2 1')).toMatchObject({ entry: { effectiveOn: '2024-12-31' } });
  });

  it('adds up successive entries', async () => {
    const ctx = buildContext(database);
    await runCommand(ctx, 'avance', '1.2 10');
    const reply = await runCommand(ctx, 'avance', '1.2 2,5');
    expect(reply).toMatchObject({ kind: 'progress-logged', activity: { progress: 12.5 } });
    expect((await entriesOf('1.2')).map((e) => e.amount)).toEqual([10, 2.5]);
  });

  it('lets an admin log progress on any activity', async () => {
    await setAdmin(database.db, 'U_ADMIN', true);
    const reply = await runCommand(
      buildContext(database, { caller: { userId: 'U_ADMIN', displayName: null } }),
      'avance',
      '3.4 1',
    );
    expect(reply).toMatchObject({ kind: 'progress-logged', activity: { code: '3.4', progress: 1 } });
  });

  it('tells someone outside the offices who can log progress, and writes nothing', async () => {
    const reply = await runCommand(buildContext(database), 'avance', '3.4 1');
    expect(reply).toEqual({
      kind: 'error',
      message: expect.stringContaining(
        'Solo pueden registrar avance en la actividad 3.4 los miembros de Oficina Asesora de Planeación y los administradores del plan. Esas dependencias aún no tienen miembros',
      ),
    });
    expect(await entriesOf('3.4')).toEqual([]);
  });

  it('names the members who can when the office has some', async () => {
    await assignMemberToOffice(database.db, 'U_PLANEACION', 'oficina asesora de planeacion');
    const reply = await runCommand(buildContext(database), 'avance', '3.4 1');
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringContaining('(<@U_PLANEACION>)') });
  });

  it.each([
    ['1.2 diez', 'La cantidad «diez» no es un número'],
    ['9.9 5', 'No existe la actividad 9.9 en el plan'],
    ['1.9 5', '¿Quiso decir 1.1, 1.2 o 1.3?'],
    ['1.2 -3', 'La cantidad debe ser mayor que cero'],
    ['', 'Escriba el ID de la actividad y la cantidad'],
  ])('answers %j with a Spanish message and writes nothing', async (text, message) => {
    const reply = await runCommand(buildContext(database), 'avance', text);
    expect(reply).toEqual({ kind: 'error', message: expect.stringContaining(message) });
    expect(await database.db.progressEntry.count({ where: { source: 'chat' } })).toBe(0);
  });
});

describe('/avance without a plan', () => {
  describeEachEngine('empty database', (database) => {
    it('says how to load one', async () => {
      const reply = await runCommand(buildContext(database), 'avance', '1.2 10');
      expect(reply).toEqual({ kind: 'error', message: expect.stringContaining('Todavía no hay un plan cargado') });
    });
  });
});
