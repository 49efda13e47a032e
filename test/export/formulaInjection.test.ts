import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseFormula, restoreNeutralised } from '../../src/domain/formulaText.js';
import { csvLine } from '../../src/export/csv.js';
import { COLUMN } from '../../src/export/xlsx.js';
import { SAMPLE_TSV } from '../helpers/commands.js';
import { convertWithLibreOffice, skipWithoutLibreOffice } from '../helpers/libreoffice.js';
import { rindeOn, scratchFolder } from './fixtures.js';

// A plan whose titles are formulas, as a careless or hostile author could type them in the sheet
// Rinde imports, plus a note logged through the CLI: the exported files must keep them as text.

const HOSTILE_TITLES = ['=1+1', '=HYPERLINK("http://x","y")', '@SUM(1)', '+1', '-1+2'];
const HOSTILE_NOTE = '=HYPERLINK("http://x";"clic")';

/** The sample plan with activities 1.1–1.5 retitled: the attack comes in through the import. */
function hostilePlanFile(folder: string): string {
  const lines = readFileSync(SAMPLE_TSV, 'utf8').split('\n');
  let next = 0;
  const retitled = lines.map((line) => {
    const cells = line.split('\t');
    if (!/^1,[1-5]$/.test(cells[1] ?? '') || next >= HOSTILE_TITLES.length) return line;
    cells[2] = HOSTILE_TITLES[next++] ?? '';
    return cells.join('\t');
  });
  const file = join(folder, 'plan-hostil.tsv');
  writeFileSync(file, retitled.join('\n'));
  return file;
}

async function exportHostilePlan(): Promise<{ csv: string; xlsx: string }> {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'), () => new Date('2024-08-31T15:00:00Z'));
  expect((await rinde('import', hostilePlanFile(folder))).code).toBe(0);
  expect((await rinde('progress', '1.2', '1', HOSTILE_NOTE, '--by', 'Prensa')).code).toBe(0);
  const csv = join(folder, 'seguimiento.csv');
  const xlsx = join(folder, 'seguimiento.xlsx');
  expect((await rinde('export', csv, '--at', '2024-08-31')).code).toBe(0);
  expect((await rinde('export', xlsx, '--at', '2024-08-31')).code).toBe(0);
  return { csv, xlsx };
}

function csvCells(file: string): string[] {
  const records: string[][] = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    delimiter: ';',
    relax_column_count: true,
  });
  return records.flat();
}

/** Every formula cell of a workbook, as "C9: =1+1". */
async function formulaCells(file: string): Promise<{ address: string; column: number; formula: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: { address: string; column: number; formula: string }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell, column) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          found.push({ address: cell.address, column, formula: cell.formula });
      });
    });
  }
  return found;
}

async function allTexts(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value);
    });
  });
  return texts;
}

/** The only formulas Rinde writes: each row's compliance and the totals row. */
const RINDE_FORMULA = /^(IF\(G\d+=0,0,MIN\(1,H\d+\/G\d+\)\)|SUM\([GH]\d+:[GH]\d+\)|AVERAGE\(J\d+:J\d+\))$/;

describe('formula injection in the exported files', () => {
  it('marks text that a spreadsheet would run, and leaves numbers and prose alone', () => {
    for (const text of [...HOSTILE_TITLES, '\t=1', '\r=1', ' =1+1', '＝1+1', '-A1']) {
      expect(looksLikeFormula(text), text).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
    }
    for (const text of ['Oficina de prensa', "'hola", 'a=b', '1,5', '']) {
      expect(neutraliseFormula(text), text).toBe(text);
      expect(restoreNeutralised(text)).toBe(text);
    }
    // A title "-5" is text and is escaped; Rinde's own figures stay numbers, negative ones too.
    expect(csvLine(['-5', { number: '-5' }, { number: '-12,5%' }, '=A1'])).toBe('\'-5;-5;"-12,5%";\'=A1');
  });

  it('the CSV has no cell that starts a formula, and the titles read back as typed', async () => {
    const { csv } = await exportHostilePlan();
    const cells = csvCells(csv);
    // Rinde's own figures here are never negative, so any cell that starts like a formula is a leak.
    expect(cells.filter(looksLikeFormula)).toEqual([]);
    for (const title of HOSTILE_TITLES) expect(cells).toContain(`'${title}`);
    // The note is dated in «Descripción» ("31/08/2024: =HYPERLINK…"), so that cell starts with a digit.
    expect(cells.some((cell) => cell.includes(HOSTILE_NOTE))).toBe(true);
  });

  it('the xlsx holds the titles as text cells; its only formulas are Rinde’s own', async () => {
    const { xlsx } = await exportHostilePlan();
    const formulas = await formulaCells(xlsx);
    expect(formulas.length).toBeGreaterThan(15);
    expect(formulas.filter((f) => !RINDE_FORMULA.test(f.formula))).toEqual([]);
    expect(formulas.every((f) => f.column === COLUMN.target || f.column >= COLUMN.progress)).toBe(true);
    const texts = await allTexts(xlsx);
    for (const title of HOSTILE_TITLES) expect(texts).toContain(title);
  });

  it.skipIf(skipWithoutLibreOffice)('LibreOffice opens the CSV without running any of it', async () => {
    const { csv } = await exportHostilePlan();
    const opened = await convertWithLibreOffice(csv, 'xlsx', 'CSV:59,34,76,1');
    expect(await formulaCells(opened)).toEqual([]);
  });
});
