import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { formatImportSummary } from '../../src/importer/index.js';
import { openDatabase } from '../../src/storage/database.js';
import { takePendingImport } from '../../src/storage/pendingImports.js';
import {
  cancelUpload,
  confirmUpload,
  previewUpload,
  readPlan,
  UPLOAD_EXPIRY_MS,
} from '../../src/usecases/importPlan.js';
import { ensureAdmins } from '../../src/usecases/index.js';
import { buildContext, SAMPLE_NOW, SAMPLE_XLSX } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';

const ADMIN = 'U_PLANEA';

describeEachEngine('importing an uploaded plan', (database) => {
  const admin = () => buildContext(database, { caller: { userId: ADMIN, displayName: 'Planeación' } });
  const sample = async () => ({ fileName: 'tauramena-2024.xlsx', bytes: await readFile(SAMPLE_XLSX) });
  const counts = async () => ({
    plans: await database.db.plan.count(),
    activities: await database.db.activity.count(),
  });

  async function preview() {
    await ensureAdmins(database.db, [ADMIN]);
    const reply = await previewUpload(admin(), await sample(), { quietDays: 30 });
    if (reply.kind !== 'upload-preview') throw new Error(`expected a preview, got ${JSON.stringify(reply)}`);
    return reply;
  }

  it('previews the same summary the CLI prints, and writes nothing of the plan', async () => {
    const reply = await preview();
    const read = await readPlan(database.db, { path: SAMPLE_XLSX }, { quietDays: 30 });
    expect(read.ok).toBe(true);
    expect(reply.summary).toBe(
      `${formatImportSummary(read)}\n\nAl importar: se crea un plan nuevo para la vigencia 2024, que queda como el plan activo.`,
    );
    expect(await counts()).toEqual({ plans: 0, activities: 0 });
  });

  it('says before importing which stored plan the sheet updates', async () => {
    await confirmUpload(admin(), (await preview()).pendingId, database.provider);
    const { id } = await database.db.plan.findFirstOrThrow({ select: { id: true } });
    const activities = await database.db.activity.count();
    const again = await preview();
    expect(again.summary).toContain(
      `Al importar: se actualiza el plan n.º ${id} (vigencia 2024, el activo, hoy con ${activities} actividades), sin perder el avance registrado`,
    );
  });

  it('imports the previewed plan once; the second confirmation finds it gone', async () => {
    const { pendingId } = await preview();
    const first = await confirmUpload(admin(), pendingId, database.provider);
    expect(first).toEqual({
      kind: 'upload-finished',
      message: expect.stringMatching(/^Se importó «tauramena-2024\.xlsx» \(<@U_PLANEA>\)\. Plan nuevo guardado/),
    });
    const after = await counts();
    expect(after.plans).toBe(1);
    expect(after.activities).toBeGreaterThan(0);
    expect(await confirmUpload(admin(), pendingId, database.provider)).toMatchObject({ kind: 'upload-gone' });
    expect(await counts()).toEqual(after);
  });

  it('keeps the upload across a restart: another connection to the database finds it', async () => {
    const { pendingId } = await preview();
    const restarted = await openDatabase(database.url);
    try {
      const pending = await takePendingImport(restarted.prisma, pendingId);
      expect(pending?.fileName).toBe('tauramena-2024.xlsx');
      expect(pending?.result.plan.activities.length).toBeGreaterThan(0);
    } finally {
      await restarted.close();
    }
  });

  it('refuses an expired upload and writes nothing', async () => {
    const { pendingId } = await preview();
    const later = buildContext(database, {
      caller: { userId: ADMIN, displayName: null },
      now: new Date(SAMPLE_NOW.getTime() + UPLOAD_EXPIRY_MS + 1),
    });
    expect(await confirmUpload(later, pendingId, database.provider)).toEqual({
      kind: 'upload-finished',
      message: expect.stringContaining('venció'),
    });
    expect(await counts()).toEqual({ plans: 0, activities: 0 });
  });

  it('discards a cancelled upload', async () => {
    const { pendingId } = await preview();
    expect(await cancelUpload(admin(), pendingId)).toEqual({
      kind: 'upload-finished',
      message: 'Carga de «tauramena-2024.xlsx» cancelada por <@U_PLANEA>: no se guardó nada.',
    });
    expect(await confirmUpload(admin(), pendingId, database.provider)).toMatchObject({ kind: 'upload-gone' });
    expect(await counts()).toEqual({ plans: 0, activities: 0 });
  });

  it('tells a non-admin who can load the plan, and keeps nothing', async () => {
    await ensureAdmins(database.db, [ADMIN, 'U_JEFE']);
    const reply = await previewUpload(buildContext(database), await sample(), { quietDays: 30 });
    expect(reply).toEqual({
      kind: 'error',
      message:
        'Solo los administradores del plan (Oficina de Planeación) pueden cargar el plan: <@U_PLANEA>, <@U_JEFE>. Envíele el archivo a uno de ellos.',
    });
    expect(await database.db.setting.count({ where: { key: { startsWith: 'import.pending.' } } })).toBe(0);
  });

  it('answers a file it cannot read with the importer’s own message, and keeps nothing', async () => {
    await ensureAdmins(database.db, [ADMIN]);
    const reply = await previewUpload(
      admin(),
      { fileName: 'plan.xlsx', bytes: Buffer.from('no es un libro') },
      { quietDays: 30 },
    );
    expect(reply).toEqual({ kind: 'error', message: expect.stringContaining('no es un libro de Excel válido') });
    expect(await database.db.setting.count({ where: { key: { startsWith: 'import.pending.' } } })).toBe(0);
  });
});
