import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPlanFile, readGrids } from '../../src/importer/index.js';
import { expectOk, expectRejected, messages, tempFolder } from './helpers.js';

const file = tempFolder();

const SUBCOMPONENT_1 = '1. Información: Publicar lo que se hace';
const SUBCOMPONENT_2 = '2. Diálogo';

/**
 * A workbook the way people keep plans: instructions first, a merged title naming the vigencia,
 * header wording that differs from the sample, an extra column, merged subcomponents, IDs typed
 * as numbers next to one typed as text, real dates, a formula and percent-formatted cells.
 */
async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Instrucciones').addRow(['Diligencie la hoja «Plan» con una actividad por fila.']);
  const sheet = workbook.addWorksheet('Plan');
  sheet.addRow(['PLAN DE RENDICIÓN DE CUENTAS VIGENCIA 2025']);
  sheet.mergeCells('A1:K1');
  sheet.addRow(['Entidad:', 'Alcaldía de Prueba']);
  sheet.addRow([]);
  sheet.addRow([
    'Sub componente',
    'No.',
    'Actividad(es)',
    'Meta',
    'Código BPIN',
    'Responsable(s)',
    'Fecha programada',
    'Meta anual',
    'Avance',
    'Observaciones',
    '% Cumplimiento',
  ]);
  const rows: ExcelJS.CellValue[][] = [
    [
      SUBCOMPONENT_1,
      1.1,
      'Publicar el informe',
      'Informe',
      'X-1',
      'Oficina de prensa',
      date(2025, 7, 15),
      4,
      3,
      'Va bien',
    ],
    [
      null,
      1.2,
      'Publicar boletines',
      'Boletines',
      null,
      'Oficina de prensa',
      'Trimestral',
      { formula: '2*5', result: 10 },
      0.5,
    ],
    [null, '1.10', 'Actualizar la página', 'Página', null, 'Oficina TIC', 'Por definir', 1, null],
    [SUBCOMPONENT_2, 2.1, 'Audiencia pública', 'Audiencia', null, 'Despacho del Alcalde', date(2025, 12, 15), 1, 0.25],
  ];
  for (const values of rows) sheet.addRow([...values, { formula: 'IF(H5=0,0,I5/H5)' }]);
  sheet.mergeCells('A5:A7');
  sheet.getColumn(2).numFmt = '0.0';
  sheet.getCell('I6').numFmt = '0%';
  sheet.getCell('H8').numFmt = '0%';
  sheet.getCell('I8').numFmt = '0%';
  sheet.addRow([null, null, null, null, null, null, null, { formula: 'SUM(H5:H8)', result: 17 }]);
  await workbook.xlsx.writeFile(path);
}

function date(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

describe('an .xlsx built the way people keep plans', () => {
  let path: string;
  beforeAll(async () => {
    path = file('plan.xlsx');
    await writeWorkbook(path);
  });

  it('reads cells as plain values with their sheet row numbers', async () => {
    const [instructions, plan] = await readGrids(path);
    expect(instructions?.name).toBe('Instrucciones');
    expect(plan?.rows.find((row) => row.row === 6)?.cells.slice(0, 9)).toEqual([
      SUBCOMPONENT_1, // merged: every row of the range gets the value
      1.2,
      'Publicar boletines',
      'Boletines',
      null,
      'Oficina de prensa',
      'Trimestral',
      10, // the formula's cached result
      '50%', // a number formatted as percent reads as shown
    ]);
    expect(plan?.rows.find((row) => row.row === 5)?.cells[6]).toEqual(date(2025, 7, 15));
  });

  it('imports the first sheet that has the activity table', async () => {
    const result = expectOk(await importPlanFile(path));
    expect(result.summary.sheetName).toBe('Plan');
    expect(result.summary.headerRow).toBe(4);
    expect(result.plan.entity).toBe('Alcaldía de Prueba');
    expect(result.plan.vigencia).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(result.plan.subcomponents).toEqual([
      { code: '1', name: 'Información', fullText: SUBCOMPONENT_1 },
      { code: '2', name: 'Diálogo', fullText: SUBCOMPONENT_2 },
    ]);
  });

  it('reads every activity', async () => {
    const { plan } = expectOk(await importPlanFile(path));
    expect(
      plan.activities.map((activity) => ({
        code: activity.code,
        subcomponent: activity.subcomponentCode,
        product: activity.product,
        schedule: activity.schedule,
        target: activity.target,
        initialProgress: activity.initialProgress,
        description: activity.description,
        row: activity.sourceRow,
      })),
    ).toEqual([
      {
        code: '1.1',
        subcomponent: '1',
        product: 'Informe',
        schedule: { text: '15 de julio de 2025', kind: 'dates', dueDates: ['2025-07-15'] },
        target: { value: 4, unit: 'count' },
        initialProgress: 3,
        description: 'Va bien',
        row: 5,
      },
      {
        code: '1.2',
        subcomponent: '1',
        product: 'Boletines',
        schedule: {
          text: 'Trimestral',
          kind: 'periodic',
          dueDates: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
        },
        target: { value: 10, unit: 'count' },
        initialProgress: 5, // 50 % of 10
        description: null,
        row: 6,
      },
      {
        code: '1.10',
        subcomponent: '1',
        product: 'Página',
        schedule: { text: 'Por definir', kind: 'unknown', dueDates: [] },
        target: { value: 1, unit: 'count' },
        initialProgress: null,
        description: null,
        row: 7,
      },
      {
        code: '2.1',
        subcomponent: '2',
        product: 'Audiencia',
        schedule: { text: '15 de diciembre de 2025', kind: 'dates', dueDates: ['2025-12-15'] },
        target: { value: 100, unit: 'percent' },
        initialProgress: 25,
        description: null,
        row: 8,
      },
    ]);
  });

  it('warns about the unreadable date and the total that disagrees', async () => {
    const result = expectOk(await importPlanFile(path));
    expect(result.summary.unreadSchedules).toEqual([{ row: 7, activityCode: '1.10', text: 'Por definir' }]);
    expect(messages(result.warnings)).toEqual([
      expect.stringMatching(
        /^Fila 7: no se pudo leer la fecha programada «Por definir» de la actividad 1\.10; se importó sin fecha de vencimiento\./,
      ),
      // Like the sheet's own SUM, the 100 % target counts as 1: 4 + 10 + 1 + 1 = 16.
      expect.stringMatching(/^Fila 9: la fila de total dice 17 en «Meta anual», pero .* suman 16\./),
    ]);
  });

  it('rejects a workbook with no activity table, naming the sheets it looked in', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Hoja1').addRow(['Nada aquí']);
    workbook.addWorksheet('Hoja2').addRow(['Tampoco']);
    const empty = file('vacio.xlsx');
    await workbook.xlsx.writeFile(empty);
    const result = expectRejected(await importPlanFile(empty));
    expect(result.errors[0]?.message).toMatch(/en ninguna de las hojas \(«Hoja1», «Hoja2»\)/);
  });

  it('rejects a file that is not really a workbook', async () => {
    const result = expectRejected(await importPlanFile(file('falso.xlsx', 'no soy un zip')));
    expect(result.errors[0]?.message).toMatch(/no es un libro de Excel válido/);
  });

  it('leaves out IDs that Excel turned into the same number, suggesting text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRow(['Entidad:', 'Alcaldía de Prueba', null, 'Desde', '1 de enero de 2025']);
    sheet.addRow(['ID', 'Actividades', 'Responsable', 'Fecha programada', 'Meta anual']);
    sheet.addRow([1.1, 'Una', 'Oficina de prensa', 'Diciembre de 2025', 1]);
    sheet.addRow([1.1, 'Otra, que era la 1.10', 'Oficina de prensa', 'Diciembre de 2025', 1]);
    const numbers = file('numeros.xlsx');
    await workbook.xlsx.writeFile(numbers);
    const result = expectOk(await importPlanFile(numbers));
    expect(result.plan.activities.map((activity) => activity.title)).toEqual(['Una']);
    expect(messages(result.summary.skippedRows)).toEqual([
      expect.stringMatching(
        /^Fila 4, columna A \(«ID»\): el ID 1\.1 ya se usó en la fila 3\. .*escriba su ID como texto/,
      ),
    ]);
  });
});
