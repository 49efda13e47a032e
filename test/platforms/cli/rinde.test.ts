import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_TSV, SAMPLE_XLSX } from '../../helpers/commands.js';
import { REPO_ROOT, runNode, temporaryFolder } from '../../helpers/processes.js';

const BIN = join(REPO_ROOT, 'bin/rinde.js');

describe('the rinde CLI, as installed (bin/rinde.js on a temporary database)', () => {
  let env: Record<string, string>;
  const rinde = (...args: string[]) => runNode([BIN, ...args], { env });

  beforeEach(() => {
    // The sample is the 2024 plan and the CLI lives on today's clock: a grace period long enough lets
    // today's entries in (dated to the vigencia's last day).
    env = { DATABASE_URL: `file:${join(temporaryFolder(), 'rinde.db')}`, LATE_LOGGING_GRACE_DAYS: '100000' };
  });

  it('imports the sample and prints a Spanish summary', async () => {
    const result = await rinde('import', SAMPLE_XLSX);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Alcaldía Municipal de Tauramena - Casanare');
    expect(result.stdout).toContain('Plan nuevo guardado');
  });

  it('imports with --json for machines', async () => {
    const result = await rinde('import', SAMPLE_TSV, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(true);
    expect(json.plan.activities).toHaveLength(15);
    expect(json.saved).toMatchObject({ created: true, activities: { created: 15, updated: 0, retired: 0 } });
  });

  it('re-imports in place without losing logged progress', async () => {
    await rinde('import', SAMPLE_XLSX);
    await rinde('progress', '1.2', '10', 'Publicamos', '10', 'piezas', '--by', 'Prensa');
    const again = await rinde('import', SAMPLE_TSV);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Plan actualizado');
    const status = JSON.parse((await rinde('status', '--json')).stdout);
    expect(status.activities.find((a: { id: string }) => a.id === '1.2')).toMatchObject({ progress: 10, ratio: 0.25 });
  });

  it('says an unchanged sheet changed nothing, and names what a changed one changed', async () => {
    await rinde('import', SAMPLE_XLSX);
    const same = await rinde('import', SAMPLE_XLSX);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/Plan sin cambios \(n\.º \d+\): la hoja coincide con lo guardado\./);
    expect(same.stdout).not.toContain('actualizadas');
    const shifted = await rinde('import', SAMPLE_XLSX, '--from', '2024-02-01', '--to', '2024-12-31');
    expect(shifted.stdout).toMatch(
      /Plan actualizado \(n\.º \d+\): datos del plan \(vigencia, reto, objetivo o indicador\)\. El avance registrado se conserva\./,
    );
  });

  it('keeps the documented status --json shape', async () => {
    await rinde('import', SAMPLE_XLSX);
    await rinde('progress', '1.1', '1', '--by', 'Planeación');
    const result = await rinde('status', '--json');
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.plan).toMatchObject({
      entity: 'Alcaldía Municipal de Tauramena - Casanare',
      from: '2024-06-05',
      to: '2024-12-31',
    });
    expect(status.summary).toMatchObject({ activities: 15, completed: 1 });
    expect(status.summary.indicator).toBeCloseTo(1 / 15);
    expect(status.summary.average).toBeCloseTo(1 / 15);
    expect(status.subcomponents[0]).toMatchObject({ code: '1', name: 'Información', activities: 6, completed: 1 });
    expect(status.activities[0]).toEqual(
      expect.objectContaining({
        id: '1.1',
        subcomponent: '1',
        title: expect.stringContaining('Definir los temas prioritarios'),
        offices: ['Dependencia que rinde cuentas', 'Oficina Asesora de Planeación'],
        schedule: { text: '15 de julio de 2024', kind: 'dates', dueDates: ['2024-07-15'] },
        target: 1,
        progress: 1,
        ratio: 1,
        status: 'green',
      }),
    );
  });

  it('counts only progress up to --at', async () => {
    await rinde('import', SAMPLE_XLSX);
    await rinde('progress', '1.1', '1', '--by', 'Planeación');
    const status = JSON.parse((await rinde('status', '--at', '2020-01-01', '--json')).stdout);
    expect(status.summary.completed).toBe(0);
    // The date forms chat accepts work here too.
    const slashed = JSON.parse((await rinde('status', '--at', '31/12/2024', '--json')).stdout);
    expect(slashed.at).toBe('2024-12-31');
  });

  it('assigns a chat user to an office and lists offices', async () => {
    await rinde('import', SAMPLE_XLSX);
    const assigned = await rinde('assign', 'oficina de prensa', 'U0123ABCD', '--admin');
    expect(assigned.stdout).toBe(
      'Listo: U0123ABCD ahora responde por Oficina de prensa.\nListo: U0123ABCD ahora es administrador del plan.\n',
    );
    const offices = await rinde('offices');
    expect(offices.stdout).toMatch(/Oficina de prensa · 3 actividad\(es\) · U0123ABCD/);
  });

  describe('exit codes', () => {
    it.each([
      [['progress', '1.2', 'diez', '--by', 'Ana'], 1, 'La cantidad «diez» no es un número'],
      [['progress', '9.9', '5', '--by', 'Ana'], 1, 'No existe la actividad 9.9'],
      [['progress', '1.2', '50', '--by', 'Ana'], 1, 'repita el comando con --confirm'],
      [['progress', '1.2', '1.5', '--by', 'Ana'], 1, 'No sé cómo leer «1.5»'],
      [['progress', '1.2', '5'], 2, 'Falta --by NOMBRE'],
      [['status', '--at', 'ayer'], 2, '--at debe ser una fecha como 31/08/2024 o 2024-08-31.'],
      [['history', '9.9'], 1, 'Use `rinde status` para ver las actividades.'],
      [['status', '--color'], 2, 'La opción --color no existe.'],
      [['import'], 2, 'Indique un archivo'],
      [['import', 'no-existe.xlsx'], 1, 'No existe el archivo «no-existe.xlsx». Revise la ruta.'],
      [['borrar'], 2, 'No existe el comando «borrar»'],
      [['stauts'], 2, 'No existe el comando «stauts». ¿Quiso decir rinde status?'],
      [['assign', 'Oficina de prenza', 'U0123ABCD'], 1, '¿Quiso decir «Oficina de prensa»? Use `rinde offices`'],
    ])('rinde %j exits %d with a Spanish message', async (args, code, message) => {
      await rinde('import', SAMPLE_XLSX);
      const result = await rinde(...args);
      expect(result.code).toBe(code);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    });

    it('prints help for each command and exits 0', async () => {
      for (const command of ['import', 'status', 'progress', 'offices', 'assign']) {
        const result = await rinde(command, '--help');
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Uso: rinde /);
      }
      expect((await rinde('--help')).stdout).toContain('Comandos:');
    });
  });
});
