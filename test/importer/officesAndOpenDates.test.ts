import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/text.js';
import { formatImportSummary, type ImportOptions, importPlanFile } from '../../src/importer/index.js';
import { expectOk, messages, tempFolder } from './helpers.js';

const ENTITY = 'Alcaldía Municipal de Paipa';
const PLANEACION = 'Oficina Asesora de Planeación';
const GOBIERNO = 'Secretaría de Gobierno y Participación Comunitaria';

/**
 * An alcaldía's plan as planning offices write the "Responsable" column: acronyms, several offices
 * in one cell with every separator in use, the same office in different case and accents, a name
 * with "y", and the "Fecha programada" phrases that fix no date. The table starts on row 5.
 */
async function writePlan(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan 2025');
  sheet.addRow(['Entidad:', ENTITY]);
  sheet.addRow(['Vigencia 2025']);
  sheet.addRow([]);
  sheet.addRow(['PLAN DE RENDICIÓN DE CUENTAS']);
  sheet.addRow(['Subcomponente', 'No.', 'Actividad', 'Meta o producto', 'Responsable', 'Fecha programada', 'Meta']);
  const rows: ExcelJS.CellValue[][] = [
    ['1. Información', '1.1', 'Publicar el informe de gestión', 'Informe', 'OAP', '30 de junio de 2025', 1],
    [null, '1.2', 'Publicar datos abiertos', 'Datos', 'OTIC, OAP y GTH', 'cada vez que se requiera', 4],
    [
      null,
      '1.3',
      'Boletines de prensa',
      'Boletines',
      'oficina de prensa\nSecretaría de Hacienda',
      'Permanentemente',
      12,
    ],
    ['2. Diálogo', '2.1', 'Mesas con juntas de acción comunal', 'Mesas', GOBIERNO, 'a partir de marzo', 4],
    [null, '2.2', 'Audiencia pública', 'Audiencia', 'Oficina de Prensa (1) Secretaría de Hacienda (1)', 'noviembre', 1],
    [null, '2.3', 'Foro con veedurías', 'Foro', 'Planeación – Hacienda', '15 de agosto de 2025', 1],
    ['3. Responsabilidad', '3.1', 'Informe a la comunidad', 'Informe', 'Planeación y Hacienda', 'diciembre', 1],
    [null, '3.2', 'Evaluación de la estrategia', 'Evaluación', 'GTH; Control Interno', 'diciembre', 1],
  ];
  for (const row of rows) sheet.addRow(row);
  await book.xlsx.writeFile(path);
}

const file = tempFolder();
let path: string;

beforeAll(async () => {
  path = file('plan-paipa.xlsx');
  await writePlan(path);
});

const withAliases = (aliases: { alias: string; office: string }[], offices: string[] = []): ImportOptions => ({
  knownOffices: { offices, aliasesByEntity: { [foldText(ENTITY)]: aliases } },
});

function officesOf(result: Awaited<ReturnType<typeof importPlanFile>>): Record<string, string[]> {
  const { plan } = expectOk(result);
  return Object.fromEntries(plan.activities.map((activity) => [activity.code, activity.offices]));
}

describe('offices in a real alcaldía sheet', () => {
  it('splits every separator, unifies spellings and maps acronyms through the entity aliases', async () => {
    const result = await importPlanFile(path, withAliases([{ alias: 'OAP', office: PLANEACION }]));
    expect(officesOf(result)).toEqual({
      '1.1': [PLANEACION],
      '1.2': ['OTIC', PLANEACION, 'GTH'],
      '1.3': ['Oficina de Prensa', 'Secretaría de Hacienda'],
      '2.1': [GOBIERNO],
      '2.2': ['Oficina de Prensa', 'Secretaría de Hacienda'],
      '2.3': ['Planeación', 'Hacienda'],
      // Both are written alone in 2.3 (split at "–", which always separates): so "y" separates here.
      '3.1': ['Planeación', 'Hacienda'],
      '3.2': ['GTH', 'Control Interno'],
    });
  });

  it('names each acronym with no alias once, at its first row, with its activities', async () => {
    const result = expectOk(await importPlanFile(path, withAliases([{ alias: 'OAP', office: PLANEACION }])));
    const acronyms = messages(result.warnings).filter((message) => message.includes('parece una sigla'));
    expect(acronyms).toEqual([
      expect.stringMatching(/^Fila 7: «OTIC» \(responsable de la actividad 1\.2\) parece una sigla/),
      expect.stringMatching(
        /^Fila 7: «GTH» \(responsable de las actividades 1\.2 y 3\.2 \(filas 7 y 13\)\) parece una sigla/,
      ),
    ]);
    expect(acronyms[0]).toContain('rinde offices alias OTIC "Nombre de la dependencia"');
  });

  it('says what it split on the sheet’s own evidence', async () => {
    const result = expectOk(await importPlanFile(path));
    expect(messages(result.warnings)).toContainEqual(
      'Fila 12: «Planeación y Hacienda» (responsable de la actividad 3.1) se separó en «Planeación» y «Hacienda», porque la hoja las escribe solas en otras filas. Si es una sola dependencia, regístrela con `rinde offices alias "Planeación y Hacienda" "Planeación y Hacienda"` y vuelva a importar.',
    );
  });

  it('keeps a name with "y" whole, and warns only when a known office says it may be two', async () => {
    const plain = expectOk(await importPlanFile(path));
    expect(messages(plain.warnings).filter((message) => message.includes(GOBIERNO))).toEqual([]);
    const known = expectOk(await importPlanFile(path, withAliases([], ['Secretaría de Gobierno'])));
    expect(officesOf(known)['2.1']).toEqual([GOBIERNO]);
    expect(messages(known.warnings)).toContainEqual(
      `Fila 9: «${GOBIERNO}» (responsable de la actividad 2.1) se tomó como una sola dependencia; contiene «Secretaría de Gobierno», que Rinde ya conoce como dependencia. Si son varias, sepárelas con punto y coma (;) en la hoja y vuelva a importar.`,
    );
  });

  it('shows a stored office by its stored spelling, and lists each office once', async () => {
    const result = expectOk(await importPlanFile(path, withAliases([], ['OFICINA DE PRENSA'])));
    expect(result.summary.offices).toContain('OFICINA DE PRENSA');
    expect(result.summary.offices.filter((office) => foldText(office) === 'oficina de prensa')).toHaveLength(1);
  });

  it('ignores the aliases of another entity', async () => {
    const other = {
      knownOffices: { offices: [], aliasesByEntity: { 'otra entidad': [{ alias: 'OAP', office: PLANEACION }] } },
    };
    expect(officesOf(await importPlanFile(path, other))['1.1']).toEqual(['OAP']);
  });
});

describe('schedules with no fixed date', () => {
  it('imports them due at the end of the vigencia and says by row what reminders they get', async () => {
    const result = expectOk(await importPlanFile(path, { quietDays: 15 }));
    const byCode = Object.fromEntries(result.plan.activities.map((activity) => [activity.code, activity.schedule]));
    expect(byCode['1.2']).toMatchObject({ kind: 'continuous', dueDates: ['2025-12-31'] });
    expect(byCode['2.1']).toMatchObject({ kind: 'continuous', dueDates: ['2025-12-31'] });
    const reminders =
      'se importó con vencimiento al final de la vigencia (31 de diciembre de 2025). Rinde no enviará recordatorios antes de esa fecha ni de actividad vencida; solo avisará a sus responsables cada vez que pasen 15 días sin avance registrado, contados desde el inicio de la vigencia (1 de enero de 2025) o desde el último avance, hasta que se cumpla la meta o termine la vigencia.';
    const warnings = messages(result.warnings);
    expect(warnings).toContainEqual(
      `Fila 7: la fecha programada «cada vez que se requiera» de la actividad 1.2 no fija ninguna fecha: ${reminders} Si tiene una fecha, escríbala en la hoja, por ejemplo «30 de junio».`,
    );
    expect(warnings).toContainEqual(
      `Fila 8: la actividad 1.3 es permanente («Permanentemente»), sin fecha de corte: ${reminders} Si prefiere fechas de corte, escriba una frecuencia como «Trimestral» o una fecha.`,
    );
    expect(warnings).toContainEqual(
      `Fila 9: la fecha programada «a partir de marzo» de la actividad 2.1 dice cuándo empieza, no cuándo vence: ${reminders} Si tiene una fecha, escríbala en la hoja, por ejemplo «30 de junio».`,
    );
    expect(warnings.filter((warning) => warning.includes('Rinde no enviará recordatorios'))).toHaveLength(3);
  });

  it('prints them in the import summary', async () => {
    const summary = formatImportSummary(await importPlanFile(path));
    expect(summary).toContain('cada vez que pasen 30 días sin avance registrado');
  });
});
