import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSampleWithPieces, rindeOn, scratchFolder } from '../../export/fixtures.js';
import { REPO_ROOT, runNode } from '../../helpers/processes.js';

/** 5 Sep 2024, 10:00 in Bogotá. */
const NOW = () => new Date('2024-09-05T15:00:00Z');

describe('rinde export on a temporary database', () => {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'), NOW);

  beforeAll(async () => {
    await importSampleWithPieces(rinde);
    await rinde('progress', '1.1', '1', '--by', 'Planeación', '--on', '2024-07-15');
  });

  it.each(['xlsx', 'csv'])('writes a %s that imports back with the same progress', async (format) => {
    const file = join(folder, `seguimiento.${format}`);
    const result = await rinde('export', file);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `Hoja guardada en ${file}: 15 actividades, avance con corte al 5 de septiembre de 2024, cumplimiento promedio 8 %.\n`,
    });

    const copy = rindeOn(join(folder, `copia-${format}.db`), NOW);
    expect((await copy('import', file)).code).toBe(0);
    const original = JSON.parse((await rinde('status', '--json')).stdout);
    const reimported = JSON.parse((await copy('status', '--json')).stdout);
    expect(reimported.activities).toEqual(original.activities);
    expect(reimported.summary).toEqual(original.summary);
  });

  it('counts progress up to --at', async () => {
    const file = join(folder, 'julio.xlsx');
    expect((await rinde('export', file, '--at', '2024-07-31')).stdout).toContain('corte al 31 de julio de 2024');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('H9').value).toBe(1);
    expect(sheet?.getCell('I9').value).toBe('15/07/2024: avance de 1');
    // 1.2 was logged on 5 September.
    expect(sheet?.getCell('H10').value).toBe(0);
  });

  it('exports another plan with --plan, and says so when there is none', async () => {
    expect((await rinde('export', join(folder, 'otro.csv'), '--plan', '2024')).code).toBe(0);
    expect(await rinde('export', join(folder, 'x.csv'), '--plan', '1999')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No encontré el plan «1999»'),
    });
  });

  it.each([
    [['export'], 2, 'Indique un archivo, por ejemplo: rinde export seguimiento.xlsx'],
    [['export', 'plan.pdf'], 2, '«plan.pdf» debe terminar en .xlsx (Excel) o .csv'],
    [['export', 'plan.xlsx', '--at', 'agosto'], 2, '--at debe ser una fecha como 31/08/2024 o 2024-08-31.'],
    [['export', '/no/existe/plan.xlsx'], 1, 'No se pudo escribir «/no/existe/plan.xlsx» (ENOENT)'],
  ])('rinde %j exits %d with a Spanish message', async (args, code, message) => {
    const result = await rinde(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('is installed: bin/rinde.js lists it and explains it with --help', async () => {
    const bin = join(REPO_ROOT, 'bin/rinde.js');
    const env = { DATABASE_URL: `file:${join(folder, 'bin.db')}` };
    const help = await runNode([bin, 'export', '--help'], { env });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Uso: rinde export ARCHIVO.xlsx\|ARCHIVO.csv \[--at AAAA-MM-DD\] \[--plan AÑO\]/);
    const overview = await runNode([bin, '--help'], { env });
    expect(overview.stdout).toMatch(/export +Guarda la hoja de seguimiento/);
    expect(overview.stdout).toMatch(/cutoff +Informe de seguimiento de un corte/);
    expect(overview.stdout).toMatch(/history +Muestra todo el historial/);
  });
});
