import { readFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { importPlanFile } from '../../src/importer/index.js';
import { setAdmin } from '../../src/storage/members.js';
import { listOfficeAliases, officeDirectory } from '../../src/storage/officeAliases.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { runCommand } from '../../src/usecases/index.js';
import { buildContext, SAMPLE_TSV, seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';
import { tempFolder } from '../importer/helpers.js';

const ENTITY = 'Alcaldía Municipal de Tauramena - Casanare';
const file = tempFolder();

describeEachEngine('/rinde oficinas alias', (database) => {
  beforeEach(async () => {
    await seedSamplePlan(database.db);
    await setAdmin(database.db, 'U_ADMIN', true);
  });

  const asAdmin = () => buildContext(database, { caller: { userId: 'U_ADMIN', displayName: 'Planeación' } });
  const asStaff = () => buildContext(database, { caller: { userId: 'U_STAFF', displayName: null } });
  const rinde = (text: string, ctx = asAdmin()) => runCommand(ctx, 'rinde', text);

  it('registers an acronym for a stored office under its stored spelling, lists it and removes it', async () => {
    expect(await rinde('oficinas alias OAP «oficina asesora de planeacion»')).toEqual({
      kind: 'done',
      message:
        'Listo: «OAP» es ahora «Oficina Asesora de Planeación» en los planes que importe. Vuelva a importar el plan para que las actividades actuales lo tomen.',
    });
    expect(await listOfficeAliases(database.db, ENTITY)).toEqual([
      { alias: 'OAP', office: 'Oficina Asesora de Planeación' },
    ]);
    expect(await rinde('oficinas alias', asStaff())).toEqual({
      kind: 'done',
      message: `Alias de dependencias de ${ENTITY}:\n• OAP → Oficina Asesora de Planeación`,
    });
    expect(await rinde('oficinas alias quitar oap')).toEqual({
      kind: 'done',
      message:
        'Listo: «OAP» ya no es alias de «Oficina Asesora de Planeación». Las próximas importaciones lo mostrarán como una sigla desconocida.',
    });
    expect(await listOfficeAliases(database.db, ENTITY)).toEqual([]);
  });

  it('replaces an alias, and takes an office it does not store yet as written', async () => {
    await rinde('oficinas alias GTH Oficina de Prensa');
    const reply = await rinde('oficinas alias G.T.H. Grupo de Talento Humano');
    expect(reply).toEqual({
      kind: 'done',
      message:
        'Listo: «G.T.H.» es ahora «Grupo de Talento Humano» en los planes que importe (antes era «Oficina de prensa»). «Grupo de Talento Humano» aún no es una dependencia guardada: se creará con ese nombre al importar una hoja que diga «G.T.H.». Vuelva a importar el plan para que las actividades actuales lo tomen.',
    });
    expect(await listOfficeAliases(database.db, ENTITY)).toEqual([
      { alias: 'G.T.H.', office: 'Grupo de Talento Humano' },
    ]);
  });

  it('is for admins only, and explains what is missing', async () => {
    expect(await rinde('oficinas alias OAP Oficina Asesora de Planeación', asStaff())).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('solo para administradores'),
    });
    expect(await rinde('oficinas alias OAP')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Escriba la sigla y la dependencia'),
    });
    expect(await rinde('oficinas alias quitar XYZ')).toEqual({
      kind: 'error',
      message: '«XYZ» no es un alias de este plan. Use `/rinde oficinas alias` para ver los alias.',
    });
    expect(await listOfficeAliases(database.db, ENTITY)).toEqual([]);
  });

  it('makes the next import of the entity read the acronym as the office', async () => {
    await rinde('oficinas alias OAP Oficina Asesora de Planeación');
    const sheet = readFileSync(SAMPLE_TSV, 'utf8').replace(
      'Oficina de prensa\tPermanentemente',
      'OAP\tPermanentemente',
    );
    const path = file('tauramena-siglas.tsv', sheet);
    const result = await importPlanFile(path, { knownOffices: await officeDirectory(database.db) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.activities.find((activity) => activity.code === '1.2')?.offices).toEqual([
      'Oficina Asesora de Planeación',
    ]);
    expect(result.warnings.filter((warning) => warning.message.includes('sigla'))).toEqual([]);
    await savePlanDraft(database.db, result.plan, { authorId: 'test' });
    const offices = await database.db.office.findMany({ where: { name: { startsWith: 'OAP' } } });
    expect(offices).toEqual([]);
  });
});
