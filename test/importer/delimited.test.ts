import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../src/domain/types.js';
import { importPlanFile } from '../../src/importer/index.js';
import { expectOk, expectRejected, SAMPLE_TSV, sampleTsvText, sampleWarnings, tempFolder } from './helpers.js';

const file = tempFolder();

/** The sample as Excel would save it as CSV: fields quoted only when they need it. */
function sampleAsCsv(delimiter: ',' | ';', lineBreak = '\n'): string {
  return sampleTsvText()
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((field) => (/[",;\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
        .join(delimiter),
    )
    .join(lineBreak);
}

const BOM = '\uFEFF';

describe('delimited text files', () => {
  let reference: PlanDraft;
  beforeAll(async () => {
    reference = expectOk(await importPlanFile(SAMPLE_TSV)).plan;
  });

  it.each([
    ['comma-separated UTF-8', 'coma.csv', () => sampleAsCsv(',')],
    ['semicolon-separated UTF-8', 'punto-y-coma.csv', () => sampleAsCsv(';')],
    ['UTF-8 with a BOM', 'bom.csv', () => BOM + sampleAsCsv(';')],
    ['Windows line breaks and a BOM', 'crlf.csv', () => BOM + sampleAsCsv(',', '\r\n')],
    ['a .txt with tabs', 'tabulado.txt', () => sampleTsvText()],
  ])('reads the sample as %s', async (_case, name, content) => {
    const result = expectOk(await importPlanFile(file(name, content())));
    expect(result.plan).toEqual(reference);
    expect(result.warnings).toEqual(sampleWarnings(11));
  });

  it('falls back to Windows-1252 when the file is not valid UTF-8, as Excel saves CSV in Spanish', async () => {
    const bytes = iconv.encode(sampleAsCsv(';'), 'win1252');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = expectOk(await importPlanFile(file('windows-1252.csv', bytes)));
    expect(result.plan).toEqual(reference);
    expect(result.plan.entity).toBe('Alcaldía Municipal de Tauramena - Casanare');
  });

  it('reads UTF-16 "Texto Unicode" exports', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sampleTsvText(), 'utf16le')]);
    expect(expectOk(await importPlanFile(file('unicode.txt', bytes))).plan).toEqual(reference);
  });

  it('sniffs the delimiter from the table header, not from the prose above it', async () => {
    // The line of values above the table is full of commas; the header line has semicolons.
    const text = sampleAsCsv(';').replace('Fortalecer el proceso', 'Fortalecer, con comas, el proceso');
    expect(expectOk(await importPlanFile(file('prosa.csv', text))).plan.activities).toHaveLength(15);
  });

  it('warns when the total under the table disagrees with the targets', async () => {
    const text = sampleTsvText().replace('\n75\n', '\n74\n');
    const result = expectOk(await importPlanFile(file('total.tsv', text)));
    expect(result.plan.activities).toHaveLength(15);
    expect(result.warnings).toEqual([
      ...sampleWarnings(11),
      {
        row: 26,
        message:
          'Fila 26: la fila de total dice 74 en «Meta anual», pero las metas anuales de las actividades de arriba suman 75. Esa fila no se importa; revise el total o las metas.',
      },
    ]);
  });

  it('rejects formats it cannot read, saying which to use', async () => {
    const result = expectRejected(await importPlanFile(file('plan.xls', 'x')));
    expect(result.errors[0]?.message).toMatch(/«\.xls».*Excel \(\.xlsx\)/);
  });

  it('reports a missing file instead of throwing', async () => {
    const result = expectRejected(await importPlanFile(file('no-existe.csv')));
    expect(result.errors[0]?.message).toMatch(/^No existe el archivo/);
  });

  it('reports an unclosed quote with its line', async () => {
    const result = expectRejected(await importPlanFile(file('comillas.csv', 'ID;Actividades\n"1,1;Algo\n')));
    expect(result.errors[0]?.message).toMatch(/comillas/);
  });
});
