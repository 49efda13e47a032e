import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { csvField, csvLine, csvNumber } from '../../src/export/csv.js';
import { writeSheetFile } from '../../src/export/files.js';
import { loadPlanSheet } from '../../src/export/load.js';
import { COLUMN_HEADERS } from '../../src/export/sheet.js';
import { COLUMN, LAYOUT, STATUS_FILLS } from '../../src/export/xlsx.js';
import { importPlanFile } from '../../src/importer/index.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { appendProgress } from '../../src/storage/progress.js';
import { seedSamplePlan } from '../helpers/commands.js';
import { withTestDatabase } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';
import { logSampleProgress, planSnapshot, scratchFolder } from './fixtures.js';

const database = withTestDatabase('sqlite');
const copy = withTestDatabase('sqlite');
const bands = DEFAULT_STATUS_BANDS;

async function exportedWorkbook(at: string) {
  const planId = await seedSamplePlan(database.db);
  await logSampleProgress(database);
  const file = join(scratchFolder(), 'seguimiento.xlsx');
  await writeSheetFile(file, await loadPlanSheet(database.db, planId, { at, bands }), 'xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const rowOf = (sheet: ExcelJS.Worksheet, code: string) => {
  for (let row = LAYOUT.firstActivityRow; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, COLUMN.id).value === code) return row;
  }
  throw new Error(`no row for ${code}`);
};

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('the exported xlsx has the layout of the imported sheet', () => {
  it('header block, column headers in order, merged subcomponents and IDs as text', async () => {
    const sheet = await exportedWorkbook('2024-12-31');
    expect(sheet.name).toBe('Rendición de cuentas 2024');
    expect(sheet.getCell(LAYOUT.titleRow, 1).value).toBe('ESTRATEGIA DE RENDICIÓN DE CUENTAS');
    expect(sheet.getCell(LAYOUT.subtitleRow, 1).value).toBe('Seguimiento con corte al 31 de diciembre de 2024');
    expect(sheet.getRow(LAYOUT.entityRow).values).toEqual([
      undefined,
      'Entidad:',
      'Alcaldía Municipal de Tauramena - Casanare',
    ]);
    // "Objetivo General" and "Hasta" span two columns each, so the long prose prints in a wide cell.
    expect((sheet.getRow(LAYOUT.labelsRow).values as unknown[]).slice(1)).toEqual([
      'Reto',
      'Objetivo General',
      'Objetivo General',
      'Meta del Reto',
      'Indicador',
      'Desde',
      'Hasta',
      'Hasta',
    ]);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['B5:C5', 'B6:C6', 'G5:H5', 'G6:H6']));
    expect(sheet.getCell(LAYOUT.valuesRow, 6).value).toBe('5 de junio de 2024');
    expect(sheet.getCell(LAYOUT.valuesRow, 7).value).toBe('31 de diciembre de 2024');
    expect((sheet.getRow(LAYOUT.tableHeaderRow).values as unknown[]).slice(1)).toEqual([...COLUMN_HEADERS]);
    // Six activities in "1. Información", five in "2. Dialogo", four in "3. Responsabilidad", as in the sample.
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A9:A14', 'A15:A19', 'A20:A23']));
    expect(sheet.getCell('A9').value).toMatch(/^1\. Información: Desarrollar estrategias/);
    expect(sheet.getCell('B9').value).toBe('1.1');
    expect(sheet.getCell('F10').value).toBe('Permanentemente');
    expect(sheet.getCell('E14').value).toBe('Oficina Asesora de Planeación Oficina de prensa');
  });

  it('fills progress, notes with dates and evidence, the percentage with its colour, and the totals', async () => {
    const sheet = await exportedWorkbook('2024-12-31');
    const row = rowOf(sheet, '1.2');
    expect(sheet.getCell(row, COLUMN.target).value).toBe(40);
    expect(sheet.getCell(row, COLUMN.progress).value).toBe(12.5);
    // The undone entry appears nowhere; notes keep their dates and links.
    expect(sheet.getCell(row, COLUMN.description).value).toBe(
      [
        '15/07/2024: Publicamos 10 piezas (https://tauramena.gov.co/prensa?p=1;2)',
        '30/08/2024: Dos piezas y media; con "comillas", punto y coma',
      ].join('\n'),
    );
    const percent = sheet.getCell(row, COLUMN.compliance);
    expect(percent.value).toEqual({ formula: `IF(G${row}=0,0,MIN(1,H${row}/G${row}))`, result: 12.5 / 40 });
    expect(percent.numFmt).toBe('[$-240A]0%');
    expect(fillOf(percent)).toBe(STATUS_FILLS.red);
    expect(fillOf(sheet.getCell(rowOf(sheet, '1.1'), COLUMN.compliance))).toBe(STATUS_FILLS.green);
    expect(sheet.getCell(rowOf(sheet, '3.4'), COLUMN.description).value).toBe(
      '30/12/2024: avance de 3 (https://tauramena.gov.co/seguimiento)',
    );

    const totals = rowOf(sheet, '3.4') + 2;
    expect(sheet.getCell(totals, 1).value).toBe('Total');
    expect(sheet.getCell(totals, COLUMN.target).value).toEqual({ formula: 'SUM(G9:G23)', result: 75 });
    expect(sheet.getCell(totals, COLUMN.progress).value).toMatchObject({ formula: 'SUM(H9:H23)' });
    expect(sheet.getCell(totals, COLUMN.compliance).value).toMatchObject({ formula: 'AVERAGE(J9:J23)' });
    expect(fillOf(sheet.getCell(totals, COLUMN.compliance))).toBe(STATUS_FILLS.red);
  });

  it('counts only progress effective on or before --at', async () => {
    const sheet = await exportedWorkbook('2024-08-30');
    const row = rowOf(sheet, '1.2');
    expect(sheet.getCell(row, COLUMN.progress).value).toBe(12.5);
    expect(sheet.getCell(rowOf(sheet, '3.4'), COLUMN.progress).value).toBe(0);
    expect(sheet.getCell(rowOf(sheet, '3.4'), COLUMN.description).value).toBe('');
    expect(sheet.getCell(LAYOUT.subtitleRow, 1).value).toBe('Seguimiento con corte al 30 de agosto de 2024');
  });
});

describe('a plan with percentage targets, IDs 1.1 and 1.10 and an empty header block survives both formats', () => {
  const draft = buildPlanDraft({
    activities: [
      buildActivityDraft({ code: '1.1', description: 'Informe trimestral de PQRSD' }),
      buildActivityDraft({
        code: '1.10',
        responsibleText: 'Secretaría de Planeación - Oficina de Comunicaciones',
        offices: ['Secretaría de Planeación', 'Oficina de Comunicaciones'],
        target: { value: 100, unit: 'percent' },
        schedule: {
          text: 'Trimestral',
          kind: 'periodic',
          dueDates: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
        },
      }),
      buildActivityDraft({
        code: '2.1',
        responsibleText: 'Secretaría de Gobierno',
        offices: ['Secretaría de Gobierno'],
      }),
    ],
  });

  it.each(['xlsx', 'csv'] as const)('%s', async (format) => {
    const { planId } = await savePlanDraft(database.db, draft, { authorId: 'test' });
    const percentActivity = await database.db.activity.findFirstOrThrow({ where: { code: '1.10' } });
    await appendProgress(database.db, {
      activityId: percentActivity.id,
      amount: 37.5,
      effectiveOn: '2024-05-02',
      authorId: 'U1',
      source: 'chat',
      note: 'Avance del primer trimestre',
    });
    const file = join(scratchFolder(), `plan.${format}`);
    await writeSheetFile(file, await loadPlanSheet(database.db, planId, { at: '2024-12-31', bands }), format);

    const result = await importPlanFile(file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(result.plan).toMatchObject({ challengeGoal: null, indicator: null, challenge: draft.challenge });
    await savePlanDraft(copy.db, result.plan, { authorId: 'reimport' });
    expect(await planSnapshot(copy.db)).toEqual(await planSnapshot(database.db));
    const reimported = (await planSnapshot(copy.db)).activities;
    expect(reimported.map((a) => a.code)).toEqual(['1.1', '1.10', '2.1']);
    expect(reimported[1]).toMatchObject({ target: 100, unit: 'percent', progress: 37.5 });
  });
});

describe('CSV', () => {
  it('quotes only what needs quoting, doubling inner quotes', () => {
    expect(csvField('Oficina de prensa')).toBe('Oficina de prensa');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('uno, dos')).toBe('"uno, dos"');
    expect(csvField('dijo "sí"')).toBe('"dijo ""sí"""');
    expect(csvField('línea\notra')).toBe('"línea\notra"');
    expect(csvField(' espacio')).toBe('" espacio"');
    expect(csvLine(['1.2', '10', 'nota; con punto y coma'])).toBe('1.2;10;"nota; con punto y coma"');
  });

  it('writes numbers with a decimal comma, every digit and no exponent', () => {
    expect(csvNumber(40)).toBe('40');
    expect(csvNumber(2.5)).toBe('2,5');
    expect(csvNumber(0.30000000000000004)).toBe('0,30000000000000004');
    expect(csvNumber(1e-7)).toBe('0,0000001');
  });

  it('starts with a byte-order mark and uses semicolons, as Excel in Spanish saves it', async () => {
    const planId = await seedSamplePlan(database.db);
    const file = join(scratchFolder(), 'plan.csv');
    await writeSheetFile(file, await loadPlanSheet(database.db, planId, { at: '2024-12-31', bands }), 'csv');
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[7]).toBe(COLUMN_HEADERS.join(';'));
    expect(lines[8]?.split(';').slice(1, 2)).toEqual(['1.1']);
  });
});
