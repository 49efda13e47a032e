import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rindeOn, scratchFolder } from '../../export/fixtures.js';
import { SAMPLE_TSV } from '../../helpers/commands.js';

describe('rinde offices alias, on a temporary database', () => {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'));
  // The sample with its acronyms: 1.2 by "OAP", 1.3 by an acronym with no alias.
  const withAcronyms = join(folder, 'tauramena-siglas.tsv');

  beforeAll(async () => {
    writeFileSync(
      withAcronyms,
      readFileSync(SAMPLE_TSV, 'utf8')
        .replace('Oficina de prensa\tPermanentemente', 'OAP\tPermanentemente')
        .replace('Oficina de prensa\t15 de diciembre de 2024', 'GTH\t15 de diciembre de 2024'),
    );
    await rinde('import', SAMPLE_TSV);
  });

  it('adds, lists and removes an alias of the plan’s entity', async () => {
    const added = await rinde('offices', 'alias', 'OAP', 'oficina asesora de planeación');
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('«OAP» es ahora «Oficina Asesora de Planeación»');
    const listed = await rinde('offices', 'aliases');
    expect(listed.stdout).toBe(
      'Alias de dependencias de Alcaldía Municipal de Tauramena - Casanare:\n• OAP → Oficina Asesora de Planeación\n',
    );

    const imported = await rinde('import', withAcronyms, '--json');
    expect(imported.code).toBe(0);
    const json = JSON.parse(imported.stdout);
    const activity = (code: string) => json.plan.activities.find((a: { code: string }) => a.code === code);
    expect(activity('1.2').offices).toEqual(['Oficina Asesora de Planeación']);
    expect(activity('1.3').offices).toEqual(['GTH']);
    const acronymWarnings = json.warnings
      .map((warning: { message: string }) => warning.message)
      .filter((message: string) => message.includes('parece una sigla'));
    expect(acronymWarnings).toEqual([expect.stringMatching(/^Fila 12: «GTH» \(responsable de la actividad 1\.3\)/)]);

    const removed = await rinde('offices', 'alias', '--remove', 'OAP');
    expect(removed.stdout).toContain('«OAP» ya no es alias de «Oficina Asesora de Planeación»');
    expect((await rinde('offices', 'aliases')).stdout).toContain('no tiene alias de dependencias');
  });

  it('explains its usage', async () => {
    const bad = await rinde('offices', 'alias', 'OAP');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rinde offices alias SIGLA "Nombre de la dependencia"');
    const missing = await rinde('offices', 'alias', '--remove', 'XYZ');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('«XYZ» no es un alias de este plan. Use `rinde offices aliases`');
  });
});
