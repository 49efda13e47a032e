import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rindeOn, scratchFolder } from '../../export/fixtures.js';
import { SAMPLE_XLSX } from '../../helpers/commands.js';

/** Thu 5 Sep 2024, 10:00 in Bogotá: six business days before the 31 August report is due. */
const NOW = () => new Date('2024-09-05T15:00:00Z');

describe('rinde cutoff on a temporary database', () => {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'), NOW);

  beforeAll(async () => {
    await rinde('import', SAMPLE_XLSX);
    // Logged on 5 September for work done in August: it belongs to the 31 August cut-off.
    await rinde(
      'progress',
      '1.2',
      '10',
      'Piezas de agosto',
      '--by',
      'Prensa',
      '--on',
      '2024-08-30',
      '--evidence',
      'https://x.co/agosto',
    );
    // Logged today for work done today: next cut-off.
    await rinde('progress', '1.2', '5', 'Piezas de septiembre', '--by', 'Prensa', '--evidence', 'https://x.co/sept');
    // Undone: its evidence must not appear.
    await rinde('progress', '1.3', '9', '--by', 'Prensa', '--on', '2024-08-01', '--evidence', 'https://x.co/error');
    const history = JSON.parse((await rinde('history', '1.3', '--json')).stdout);
    await rinde('progress', '--undo', String(history.entries[0].id), '--by', 'Planeación');
  });

  it('reports the cut-off on or before today, counting progress by the date of the work', async () => {
    const result = await rinde('cutoff', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.cutoff).toEqual({
      date: '2024-08-31',
      periodStart: '2024-05-01',
      deadline: '2024-09-13',
      at: '2024-09-05',
      businessDaysLeft: 6,
    });
    const byCode = new Map(report.activities.map((a: { code: string }) => [a.code, a]));
    expect(byCode.get('1.2')).toMatchObject({
      progress: 10,
      target: 40,
      ratio: 0.25,
      status: 'red',
      evidence: ['https://x.co/agosto'],
    });
    expect(byCode.get('1.3')).toMatchObject({ progress: 0, evidence: [] });
    expect(report.summary).toMatchObject({ activities: 15, completed: 0 });
  });

  it('prints the countdown and each activity with its evidence, in Spanish', async () => {
    const { stdout, code } = await rinde('cutoff', '--at', '2024-09-05');
    expect(code).toBe(0);
    expect(stdout).toContain('Informe de seguimiento con corte al 31 de agosto de 2024');
    expect(stdout).toContain('Faltan 6 días hábiles para publicar el informe (plazo: 13 de septiembre de 2024).');
    expect(stdout).toMatch(/🔴 1\.2 Publicar de manera permanentemente.* 10\/40 \(25 %\)/);
    expect(stdout).toContain('    Evidencias: https://x.co/agosto');
    expect(stdout).not.toContain('https://x.co/error');
  });

  it('before the plan starts, says there is no cut-off yet instead of last year’s as overdue', async () => {
    const { stdout, stderr, code } = await rinde('cutoff', '--at', '2024-03-01');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('El plan empieza el 5 de junio de 2024: todavía no tiene cortes');
  });

  it('--at picks an earlier cut-off, and the deadline can be past', async () => {
    const report = JSON.parse((await rinde('cutoff', '--at', '2024-12-20', '--json')).stdout);
    expect(report.cutoff).toMatchObject({ date: '2024-08-31', businessDaysLeft: -67 });
    const december = JSON.parse((await rinde('cutoff', '--at', '2025-01-02', '--json')).stdout);
    expect(december.cutoff).toMatchObject({ date: '2024-12-31', deadline: '2025-01-16', businessDaysLeft: 9 });
    expect(december.activities.find((a: { code: string }) => a.code === '1.2').progress).toBe(15);
    expect((await rinde('cutoff', '--at', '2024-09-16')).stdout).toContain(
      'El plazo para publicar el informe venció el 13 de septiembre de 2024 (hace 1 día hábil).',
    );
  });

  it('saves the cut-off sheet with --out', async () => {
    const file = join(folder, 'corte.xlsx');
    const result = await rinde('cutoff', '--out', file);
    expect(result.stdout).toContain(`Hoja del corte guardada en ${file}.`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A2').value).toBe(
      'Informe de seguimiento con corte al 31 de agosto de 2024 · publicar a más tardar el 13 de septiembre de 2024',
    );
    expect(sheet?.getCell('H10').value).toBe(10);
    expect(sheet?.getCell('I10').value).toBe('30/08/2024: Piezas de agosto (https://x.co/agosto)');
  });

  it('follows CUTOFF_DATES', async () => {
    const quarterly = rindeOn(join(folder, 'rinde.db'), NOW, { CUTOFF_DATES: '03-31,06-30,09-30,12-31' });
    // Sun 30 Jun 2024; Mon 1 Jul is San Pedro y San Pablo, so the ten days run 2–15 Jul.
    expect(JSON.parse((await quarterly('cutoff', '--json')).stdout).cutoff).toMatchObject({
      date: '2024-06-30',
      deadline: '2024-07-15',
    });
    const none = rindeOn(join(folder, 'rinde.db'), NOW, { CUTOFF_DATES: ' ' });
    expect(await none('cutoff')).toMatchObject({ code: 1, stderr: expect.stringContaining('No hay fechas de corte') });
  });

  it.each([
    [['cutoff', 'ayer'], 2, 'Sobra «ayer».'],
    [['cutoff', '--at', '31/9/2024'], 2, '--at debe ser una fecha como 31/08/2024 o 2024-08-31.'],
    [['cutoff', '--out', 'corte.pdf'], 2, '--out debe terminar en .xlsx (Excel) o .csv'],
  ])('rinde %j exits %d with a Spanish message', async (args, code, message) => {
    const result = await rinde(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('explains itself with --help', async () => {
    const result = await rinde('cutoff', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Uso: rinde cutoff \[--at AAAA-MM-DD\] \[--out ARCHIVO.xlsx\|ARCHIVO.csv\]/);
  });
});
