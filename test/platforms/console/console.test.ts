import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole, splitCommandLine } from '../../../src/platforms/console/console.js';
import { buildContext, seedSamplePlan } from '../../helpers/commands.js';
import { withTestDatabase } from '../../helpers/database.js';
import { REPO_ROOT, runNode, temporaryFolder } from '../../helpers/processes.js';

describe('splitCommandLine', () => {
  it.each([
    ['/avance 1.2 10 nota', { name: 'avance', text: '1.2 10 nota' }],
    ['  estado 1.2 ', { name: 'estado', text: '1.2' }],
    ['/AYUDA', { name: 'ayuda', text: '' }],
    ['/borrar', { unknown: 'borrar' }],
    ['   ', null],
  ])('%j', (line, expected) => {
    expect(splitCommandLine(line)).toEqual(expected);
  });
});

describe('runConsole', () => {
  const database = withTestDatabase('sqlite');

  it('suggests the command a typo meant', async () => {
    await seedSamplePlan(database.db);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += chunk;
    });
    input.end('/avanse 1.2 10\nestdo\n');
    await runConsole({
      input,
      output,
      interactive: false,
      context: () => buildContext(database, { actsAsAdmin: true }),
    });
    expect(printed.split('\n').filter(Boolean)).toEqual([
      '⚠️ No conozco el comando «avanse». ¿Quiso decir /avance? Escriba /ayuda para ver los comandos.',
      '⚠️ No conozco el comando «estdo». ¿Quiso decir /estado? Escriba /ayuda para ver los comandos.',
    ]);
  });

  it('answers each piped line in Spanish and ends with the input', async () => {
    await seedSamplePlan(database.db);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += chunk;
    });
    input.end('/avance 1.2 10 Publicamos 10 piezas\n/avance 1.2 diez\n/hola\nsalir\n/estado\n');
    await runConsole({
      input,
      output,
      interactive: false,
      context: () => buildContext(database, { actsAsAdmin: true }),
    });
    expect(printed.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^✅ Avance registrado \(#\d+\): 1\.2 Publicar de manera .*10\/40 \(25 %\)/),
      '  se suman 10: ahora 10 de 40.',
      '  Nota: Publicamos 10 piezas',
      expect.stringContaining('⚠️ La cantidad «diez» no es un número'),
      '⚠️ No conozco el comando «hola». Escriba /ayuda para ver los comandos.',
    ]);
    expect(await database.db.progressEntry.count({ where: { source: 'chat' } })).toBe(1);
  });
});

describe('npm start without chat credentials (built entry point)', () => {
  it('creates ./data/rinde.db, loads the sample plan and answers piped commands', async () => {
    const cwd = temporaryFolder();
    const result = await runNode([join(REPO_ROOT, 'dist/src/main.js')], {
      cwd,
      input: '/estado\n/avance 1.2 10 Publicamos 10 piezas\n/pendientes\n',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, 'data/rinde.db'))).toBe(true);
    expect(result.stdout).toContain('Cargué el plan de ejemplo (Alcaldía Municipal de Tauramena - Casanare)');
    expect(result.stdout).toMatch(/Sus fechas van corridas de 2024 a 20\d\d/);
    expect(result.stdout).toContain('Estado del plan: Alcaldía Municipal de Tauramena - Casanare');
    expect(result.stdout).toMatch(/✅ Avance registrado \(#\d+\): 1\.2 .* 10\/40 \(25 %\)/);
    expect(result.stdout).toContain('Próximas fechas del plan:');

    const again = await runNode([join(REPO_ROOT, 'dist/src/main.js')], {
      cwd,
      input: '/estado 1.2\n',
    });
    expect(again.stdout).not.toContain('Cargué el plan de ejemplo');
    expect(again.stdout).toContain('+10 — Publicamos 10 piezas');
  });

  it('lives on the day given with --at or RINDE_NOW, says so, and logs on it', async () => {
    const cwd = temporaryFolder();
    const result = await runNode([join(REPO_ROOT, 'dist/src/main.js'), '--at', '2024-07-16'], {
      cwd,
      input: '/estado\n/avance 1.2 5 Cinco piezas\n/pendientes\n/estado 1.2\n',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Fecha simulada: 16 de julio de 2024');
    // The sample is already the 2024 plan: nothing to shift.
    expect(result.stdout).not.toContain('corridas');
    expect(result.stdout).toContain('Con corte al 16 de julio de 2024');
    expect(result.stdout).toMatch(/16 jul 2024 · Consola local · \+5 — Cinco piezas/);

    const env = await runNode([join(REPO_ROOT, 'dist/src/main.js')], {
      cwd,
      env: { RINDE_NOW: '31/08/2024' },
      input: '/estado\n',
    });
    expect(env.stdout).toContain('Fecha simulada: 31 de agosto de 2024');
    expect(env.stdout).toContain('Con corte al 31 de agosto de 2024');
  });

  it('refuses a simulated date it cannot read, saying how to write it', async () => {
    const result = await runNode([join(REPO_ROOT, 'dist/src/main.js'), '--at', '2024-13-01'], {
      cwd: temporaryFolder(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('«2024-13-01» (--at)');
    expect(result.stdout).toBe('');
  });

  it('stops with one Spanish line per bad setting', async () => {
    const result = await runNode([join(REPO_ROOT, 'dist/src/main.js')], {
      cwd: temporaryFolder(),
      env: { DATABASE_URL: 'mysql://nope', STATUS_BANDS: '90,10' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('La configuración no es válida:');
    expect(result.stderr).toContain('DATABASE_URL: usa file:./ruta.db (SQLite) o postgresql://usuario@servidor/base');
    expect(result.stderr).toContain('STATUS_BANDS: el umbral amarillo debe ser menor que el verde');
  });
});
