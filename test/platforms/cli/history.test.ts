import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSampleWithPieces, rindeOn, scratchFolder } from '../../export/fixtures.js';
import { SAMPLE_TSV } from '../../helpers/commands.js';

const NOW = () => new Date('2024-09-05T15:00:00Z');

describe('rinde history and rinde progress --undo on a temporary database', () => {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'), NOW);
  let entries: { id: number }[];

  beforeAll(async () => {
    await importSampleWithPieces(rinde);
    await rinde('progress', '1.2', '7', '--by', 'Prensa');
    entries = JSON.parse((await rinde('history', '1.2', '--json')).stdout).entries;
  });

  it('undoes an entry by number with a correcting entry, once', async () => {
    const mistake = entries[1]?.id;
    const undo = await rinde(
      'progress',
      '--undo',
      String(mistake),
      'se',
      'registró',
      'dos',
      'veces',
      '--by',
      'Planeación',
    );
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(
      new RegExp(`^↩️ Registro #${mistake} deshecho con el registro #\\d+: 1\\.2 .* 10/40 \\(25 %\\)`),
    );

    const again = await rinde('progress', '--undo', `#${mistake}`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`El registro #${mistake} ya se deshizo con el registro #\\d+`));
  });

  it('shows the whole trail, corrections included, as text and as JSON', async () => {
    const json = JSON.parse((await rinde('history', '1,2', '--json')).stdout);
    expect(json.activity).toMatchObject({ id: '1.2', progress: 10, target: 40 });
    const [first, mistake, correction] = json.entries;
    expect(first).toMatchObject({
      amount: 10,
      effectiveOn: '2024-09-05',
      author: { id: 'cli:Prensa', name: 'Prensa' },
      source: 'cli',
      note: 'Publicamos 10 piezas',
      evidenceUrl: 'https://x.co/p',
      correctsId: null,
      correctedBy: [],
    });
    expect(mistake).toMatchObject({ amount: 7, correctedBy: [correction.id] });
    expect(correction).toMatchObject({
      amount: -7,
      correctsId: mistake.id,
      author: { id: 'cli:Planeación', name: 'Planeación' },
      note: 'se registró dos veces',
    });

    const text = (await rinde('history', '1.2')).stdout;
    expect(text).toContain('Historial completo: 3 registro(s), 1 corrección(es).');
    expect(text).toContain(`#${mistake.id} 5 sep 2024 · Prensa · +7 (deshecho con el registro #${correction.id})`);
    expect(text).toContain(`(corrige el registro #${mistake.id}) — se registró dos veces`);
    expect(text).toContain('(línea de comandos)');
  });

  it('logs work done on an earlier day with --on', async () => {
    const result = await rinde('progress', '1.3', '2', '--by', 'Prensa', '--on', '2024-08-30', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ entry: { effectiveOn: '2024-08-30' } });
    expect(await rinde('progress', '1.3', '2', '--by', 'Prensa', '--on', '2024-09-06')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('todavía no ha llegado'),
    });
  });

  it.each([
    [['history'], 2, 'Indique una actividad, por ejemplo: rinde history 1.2'],
    [['history', 'uno'], 1, '«uno» no es un ID de actividad'],
    [['history', '9.9'], 1, 'No existe la actividad 9.9'],
    [['progress', '--undo', 'doce'], 2, '--undo necesita el número del registro'],
    [['progress', '--undo', '999999'], 1, 'No existe el registro #999999 en el plan'],
    [['progress', '--on', '2024-08-30', '1.2'], 2, 'Indique la actividad y la cantidad'],
  ])('rinde %j exits %d with a Spanish message', async (args, code, message) => {
    const result = await rinde(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('explains itself with --help', async () => {
    expect((await rinde('history', '--help')).stdout).toMatch(/^Uso: rinde history ID \[--plan AÑO\] \[--json\]/);
    expect((await rinde('progress', '--help')).stdout).toContain('rinde progress --undo NÚMERO [MOTIVO…]');
  });
});

describe('rinde history of an activity the sheet no longer lists', () => {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'), NOW);

  it('shows its kept entries, marked as retired, as text and as JSON', async () => {
    await importSampleWithPieces(rinde);
    await rinde('progress', '1.3', '2', 'Dos', 'piezas', '--by', 'Prensa');
    const without = join(folder, 'sin-1.3.tsv');
    const lines = readFileSync(SAMPLE_TSV, 'utf8').split('\n');
    writeFileSync(without, lines.filter((line) => !line.startsWith('\t1,3\t')).join('\n'), 'utf8');
    expect((await rinde('import', without)).stdout).toContain('1 retirada');

    const text = await rinde('history', '1.3');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Actividad retirada en la importación del 5 de septiembre de 2024');
    expect(text.stdout).toContain('5 sep 2024 · Prensa · +2 — Dos piezas');
    const json = JSON.parse((await rinde('history', '1.3', '--json')).stdout);
    expect(json.activity).toMatchObject({ id: '1.3', progress: 2, retiredOn: '2024-09-05' });
    expect(json.entries).toHaveLength(1);
  });
});
