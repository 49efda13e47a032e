import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importSampleWithPieces, rindeOn, scratchFolder } from '../export/fixtures.js';

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
