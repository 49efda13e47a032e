import { beforeEach, expect, it } from 'vitest';
import { importPlanFile } from '../../src/importer/index.js';
import { assignMemberToOffice, setAdmin } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { activityHistory } from '../../src/usecases/history.js';
import { runCommand } from '../../src/usecases/index.js';
import { renderHistoryText, renderReplyText } from '../../src/usecases/renderText.js';
import { buildContext, SAMPLE_XLSX, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';

const PRENSA = { userId: 'U_PRENSA', displayName: 'Ana Prensa' };
const ADMIN = { userId: 'U_ADMIN', displayName: 'Carlos Planeación' };

describeEachEngine('the history of an activity after corrections', (database) => {
  let ids: { first: number; mistake: number; undo: number; late: number; adminUndo: number };

  beforeEach(async () => {
    await seedSamplePlan(database.db);
    await assignMemberToOffice(database.db, PRENSA.userId, 'Oficina de prensa');
    await setAdmin(database.db, ADMIN.userId, true);
    const run = async (caller: typeof PRENSA, text: string) => {
      const reply = await runCommand(buildContext(database, { caller }), 'avance', text);
      if (reply.kind !== 'progress-logged') throw new Error(JSON.stringify(reply));
      return reply.entry.id;
    };
    const first = await run(PRENSA, '1.2 10 Publicamos 10 piezas https://tauramena.gov.co/prensa');
    const mistake = await run(PRENSA, '1.2 7');
    const undo = await run(PRENSA, 'deshacer era de la 1.3');
    const late = await run(PRENSA, '1.2 3 Piezas de junio fecha:28/06/2024');
    const adminUndo = await run(ADMIN, `deshacer #${late}`);
    ids = { first, mistake, undo, late, adminUndo };
  });

  it('keeps every entry, oldest first, with who, when, how much, note, evidence and both sides of each correction', async () => {
    const history = await activityHistory(buildContext(database), '1.2');
    expect(history.activity).toMatchObject({ code: '1.2', progress: 10 });
    expect(history.entries).toMatchObject([
      {
        id: ids.first,
        amount: 10,
        authorId: PRENSA.userId,
        authorName: 'Ana Prensa',
        note: 'Publicamos 10 piezas',
        evidenceUrl: 'https://tauramena.gov.co/prensa',
        effectiveOn: '2024-07-16',
        source: 'chat',
        correctsId: null,
        correctedBy: [],
        // The command's clock (SAMPLE_NOW, 09:00 in Bogotá), not the database's: a simulated date holds.
        recordedLocal: '16 jul 2024, 09:00',
      },
      { id: ids.mistake, amount: 7, correctsId: null, correctedBy: [ids.undo] },
      { id: ids.undo, amount: -7, correctsId: ids.mistake, correctedBy: [], note: 'era de la 1.3' },
      { id: ids.late, amount: 3, effectiveOn: '2024-06-28', correctedBy: [ids.adminUndo] },
      { id: ids.adminUndo, amount: -3, effectiveOn: '2024-06-28', authorId: ADMIN.userId, correctsId: ids.late },
    ]);
  });

  it('reads plainly in Spanish, saying which entry corrects which', async () => {
    const text = renderHistoryText(await activityHistory(buildContext(database), '1.2'));
    expect(text).toContain('Historial completo: 5 registro(s), 2 corrección(es).');
    expect(text).toContain(`#${ids.mistake} 16 jul 2024 · Ana Prensa · +7 (deshecho con el registro #${ids.undo})`);
    expect(text).toContain(
      `#${ids.undo} 16 jul 2024 · Ana Prensa · -7 (corrige el registro #${ids.mistake}) — era de la 1.3`,
    );
    expect(text).toContain(`#${ids.adminUndo} 28 jun 2024 · Carlos Planeación · -3 (corrige el registro #${ids.late})`);
    // recordedAt is the command's clock: when the entry was written, whatever date the work counts on.
    expect(text).toContain('registrado el 16 jul 2024, 09:00 (chat)');
  });

  it('shows the same trail in /estado ID', async () => {
    const reply = await runCommand(buildContext(database), 'estado', '1.2');
    expect(reply).toMatchObject({ kind: 'activity-status' });
    const text = renderReplyText(reply);
    expect(text).toContain(`(deshecho con el registro #${ids.undo})`);
    expect(text).toContain(`(corrige el registro #${ids.mistake})`);
    expect(text.match(/^ {2}#\d+ /gm)).toHaveLength(5);
  });
});

describeEachEngine('the history of an activity a re-import retired', (database) => {
  const retiredAt = new Date('2024-07-20T15:00:00Z'); // Saturday 20 July 2024, 10:00 in Bogotá
  let entryId: number;

  beforeEach(async () => {
    await seedSamplePlan(database.db);
    const reply = await runCommand(buildContext(database, { actsAsAdmin: true }), 'avance', '1.3 2 Dos piezas');
    if (reply.kind !== 'progress-logged') throw new Error(JSON.stringify(reply));
    entryId = reply.entry.id;
    const sheet = await importPlanFile(SAMPLE_XLSX);
    if (!sheet.ok) throw new Error('sample did not import');
    const without = { ...sheet.plan, activities: sheet.plan.activities.filter((a) => a.code !== '1.3') };
    await savePlanDraft(database.db, without, { authorId: 'test', now: retiredAt });
  });

  it('keeps its entries and says it was retired, in the history and in /estado ID', async () => {
    const history = await activityHistory(buildContext(database), '1.3');
    expect(history.retiredOn).toBe('2024-07-20');
    expect(history.entries).toMatchObject([{ id: entryId, amount: 2, note: 'Dos piezas' }]);
    const text = renderHistoryText(history);
    expect(text).toContain('Actividad retirada en la importación del 20 de julio de 2024');
    expect(text).toContain(`#${entryId} 16 jul 2024 · Ana Prensa · +2 — Dos piezas`);

    const estado = renderReplyText(await runCommand(buildContext(database), 'estado', '1.3'));
    expect(estado).toContain('Actividad retirada en la importación del 20 de julio de 2024');
    expect(estado).toContain('+2 — Dos piezas');
    expect(estado).not.toContain('No existe');
  });

  it('takes no more progress, and says why', async () => {
    const reply = await runCommand(buildContext(database, { actsAsAdmin: true }), 'avance', '1.3 1');
    expect(reply).toMatchObject({ kind: 'error' });
    expect(renderReplyText(reply)).toContain(
      'La actividad 1.3 se retiró del plan en la importación del 20 de julio de 2024',
    );
  });

  it('is not in the plan status', async () => {
    const reply = await runCommand(buildContext(database), 'estado', '');
    expect(reply.kind === 'plan-status' && reply.activities.map((a) => a.code)).not.toContain('1.3');
  });
});
