import { beforeEach, expect, it } from 'vitest';
import { loadDigest } from '../../src/digest/load.js';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { assignMemberToOffice, setAdmin } from '../../src/storage/members.js';
import { runCommand } from '../../src/usecases/index.js';
import { buildContext, SAMPLE_NOW, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';
import { readEntries } from '../helpers/progress.js';

const PRENSA = { userId: 'U_PRENSA', displayName: 'Ana Prensa' };
const OTRA_PRENSA = { userId: 'U_PRENSA2', displayName: 'Beatriz Prensa' };
const ADMIN = { userId: 'U_ADMIN', displayName: 'Carlos Planeación' };

describeEachEngine('/avance deshacer', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
    await assignMemberToOffice(database.db, PRENSA.userId, 'Oficina de prensa');
    await assignMemberToOffice(database.db, OTRA_PRENSA.userId, 'Oficina de prensa');
    await setAdmin(database.db, ADMIN.userId, true);
  });

  const as = (caller: typeof PRENSA) => buildContext(database, { caller });
  const entries = () => readEntries(database.db, { source: { not: 'import' } });

  async function logged(caller: typeof PRENSA, text: string): Promise<number> {
    const reply = await runCommand(as(caller), 'avance', text);
    if (reply.kind !== 'progress-logged') throw new Error(JSON.stringify(reply));
    return reply.entry.id;
  }

  it("reverses the caller's last entry with a correcting entry and keeps both", async () => {
    await logged(PRENSA, '1.2 10 Publicamos 10 piezas');
    const mistake = await logged(PRENSA, '1.2 7 Registrado dos veces');

    const reply = await runCommand(as(PRENSA), 'avance', 'deshacer');

    expect(reply).toMatchObject({
      kind: 'progress-logged',
      activity: { code: '1.2', progress: 10 },
      entry: { amount: -7, correctsId: mistake, authorId: PRENSA.userId, effectiveOn: '2024-07-16' },
    });
    expect((await entries()).map((e) => [e.amount, e.correctsId])).toEqual([
      [10, null],
      [7, null],
      [-7, mistake],
    ]);
  });

  it('records the entry and its reversal at the command’s clock, not the database’s (the console’s --at)', async () => {
    const loggedAt = new Date('2024-07-16T21:30:00Z');
    const undoneAt = new Date('2024-07-17T13:05:00Z');
    await runCommand(buildContext(database, { caller: PRENSA, now: loggedAt }), 'avance', '1.2 7');
    await runCommand(buildContext(database, { caller: PRENSA, now: undoneAt }), 'avance', 'deshacer');
    expect((await entries()).map((e) => [e.amount, e.recordedAt.toISOString()])).toEqual([
      [7, loggedAt.toISOString()],
      [-7, undoneAt.toISOString()],
    ]);
  });

  it('puts what was just logged in the digest of the same clock (the console’s simulated week)', async () => {
    await logged(PRENSA, '1.2 4 Cuatro piezas');
    const plan = await database.db.plan.findFirstOrThrow({ where: { isActive: true }, select: { id: true } });
    const digest = await loadDigest(database.db, plan.id, SAMPLE_NOW, {
      timeZone: 'America/Bogota',
      bands: DEFAULT_STATUS_BANDS,
    });
    expect(digest.recent.map((entry) => [entry.activityCode, entry.amount])).toEqual([['1.2', 4]]);
  });

  it('keeps the reason and says in Spanish which entry was undone', async () => {
    const mistake = await logged(PRENSA, '1.2 7');
    const reply = await runCommand(as(PRENSA), 'avance', 'deshacer la cifra era de otra actividad');
    expect(reply).toMatchObject({ entry: { note: 'la cifra era de otra actividad' } });
    const { renderReplyText } = await import('../../src/usecases/renderText.js');
    expect(renderReplyText(reply)).toContain(`Registro #${mistake} deshecho con el registro #`);
  });

  it('refuses to undo the same entry twice', async () => {
    const mistake = await logged(PRENSA, '1.2 7');
    const first = await runCommand(as(PRENSA), 'avance', 'deshacer');
    if (first.kind !== 'progress-logged') throw new Error(JSON.stringify(first));

    expect(await runCommand(as(PRENSA), 'avance', 'deshacer')).toEqual({
      kind: 'error',
      message: `El registro #${mistake} ya se deshizo con el registro #${first.entry.id}; un registro no se deshace dos veces.`,
    });
    expect(await runCommand(as(ADMIN), 'avance', `deshacer #${mistake}`)).toMatchObject({ kind: 'error' });
    expect(await entries()).toHaveLength(2);
  });

  it('creates one correction when the same entry is undone several times at once', async () => {
    for (let round = 0; round < 10; round++) {
      const entry = await logged(PRENSA, '1.2 1');
      const results = await Promise.allSettled([
        runCommand(as(PRENSA), 'avance', 'deshacer'),
        runCommand(as(ADMIN), 'avance', `deshacer #${entry}`),
        runCommand(as(ADMIN), 'avance', `deshacer #${entry}`),
      ]);
      const outcomes = results.map((r) => (r.status === 'fulfilled' ? r.value.kind : String(r.reason)));
      expect(outcomes.sort()).toEqual(['error', 'error', 'progress-logged']);
      expect((await entries()).filter((e) => e.correctsId === entry)).toHaveLength(1);
    }
  });

  it('does not undo a correction', async () => {
    await logged(PRENSA, '1.2 7');
    const undo = await runCommand(as(PRENSA), 'avance', 'deshacer');
    if (undo.kind !== 'progress-logged') throw new Error(JSON.stringify(undo));
    expect(await runCommand(as(ADMIN), 'avance', `deshacer #${undo.entry.id}`)).toEqual({
      kind: 'error',
      message: expect.stringContaining(`El registro #${undo.entry.id} es una corrección`),
    });
  });

  it("lets nobody but the author or an admin undo someone's entry", async () => {
    const entry = await logged(PRENSA, '1.2 7');
    expect(await runCommand(as(OTRA_PRENSA), 'avance', `deshacer #${entry}`)).toEqual({
      kind: 'error',
      message: `Solo quien registró el avance #${entry} (Ana Prensa) o un administrador del plan puede deshacerlo.`,
    });
    expect(await runCommand(as(OTRA_PRENSA), 'avance', 'deshacer')).toEqual({
      kind: 'error',
      message: 'No tiene registros de avance en este plan que se puedan deshacer.',
    });
    expect(await entries()).toHaveLength(1);

    expect(await runCommand(as(ADMIN), 'avance', `deshacer #${entry}`)).toMatchObject({
      kind: 'progress-logged',
      entry: { amount: -7, correctsId: entry, authorId: ADMIN.userId },
    });
  });

  it('lets an author undo an older entry of their own by number', async () => {
    const older = await logged(PRENSA, '1.2 3');
    await logged(PRENSA, '1.3 1');
    expect(await runCommand(as(PRENSA), 'avance', `deshacer #${older}`)).toMatchObject({
      kind: 'progress-logged',
      activity: { code: '1.2', progress: 0 },
    });
  });

  it('answers an unknown entry number or a malformed one in Spanish', async () => {
    expect(await runCommand(as(ADMIN), 'avance', 'deshacer #999999')).toEqual({
      kind: 'error',
      message: expect.stringContaining('No existe el registro #999999 en el plan'),
    });
    expect(await runCommand(as(ADMIN), 'avance', 'deshacer #doce')).toEqual({
      kind: 'error',
      message: expect.stringContaining('/avance deshacer #12'),
    });
  });

  it('reverses on the original date, so a cut-off counts both or neither', async () => {
    const late = await logged(PRENSA, '1.2 4 fecha:30/06/2024');
    const reply = await runCommand(as(PRENSA), 'avance', `deshacer #${late}`);
    expect(reply).toMatchObject({ entry: { amount: -4, effectiveOn: '2024-06-30' } });
  });
});

describeEachEngine('/avance … fecha:', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
    await assignMemberToOffice(database.db, PRENSA.userId, 'Oficina de prensa');
  });

  const avance = (text: string) => runCommand(buildContext(database, { caller: PRENSA }), 'avance', text);

  it.each([
    ['1.2 5 Piezas de junio fecha:30/06/2024', '2024-06-30', 'Piezas de junio'],
    ['1.2 5 fecha:2024-07-01 Piezas', '2024-07-01', 'Piezas'],
    ['1.2 5 FECHA:5-6-2024', '2024-06-05', null],
  ])('%s counts on %s', async (text, effectiveOn, note) => {
    expect(await avance(text)).toMatchObject({ kind: 'progress-logged', entry: { effectiveOn, note } });
  });

  it.each([
    ['1.2 5 fecha:17/07/2024', 'La fecha del avance (17 de julio de 2024) todavía no ha llegado.'],
    ['1.2 5 fecha:04/06/2024', 'es anterior al inicio del plan (5 de junio de 2024)'],
    ['1.2 5 fecha:31/06/2024', 'La fecha «31/06/2024» no es válida.'],
    ['1.2 5 fecha:ayer', 'Escríbala como `fecha:30/08/2024` o `fecha:2024-08-30`'],
  ])('refuses %s and writes nothing', async (text, message) => {
    expect(await avance(text)).toEqual({ kind: 'error', message: expect.stringContaining(message) });
    expect(await database.db.progressEntry.count({ where: { source: 'chat' } })).toBe(0);
  });
});
