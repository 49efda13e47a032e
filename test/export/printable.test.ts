import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMN_HEADERS, SHEET_TITLE } from '../../src/export/sheet.js';
import { countFormat, percentFormat, wrappedLines } from '../../src/export/xlsx.js';
import { SAMPLE_XLSX } from '../helpers/commands.js';
import { convertWithLibreOffice, pdfInfo, pdfPageText, skipWithoutLibreOffice } from '../helpers/libreoffice.js';
import { rindeOn, scratchFolder } from './fixtures.js';

// The tracking sheet and the cut-off sheet printed as a control office prints them: LibreOffice turns
// each into a PDF, and the pages are read back with poppler.

const run = promisify(execFile);

async function exportedFiles(): Promise<{ sheet: string; cutoff: string }> {
  const folder = scratchFolder();
  const rinde = rindeOn(join(folder, 'rinde.db'), () => new Date('2024-09-02T15:00:00Z'));
  expect((await rinde('import', SAMPLE_XLSX)).code).toBe(0);
  expect((await rinde('progress', '1.2', '2,5', 'Dos', 'piezas', '--by', 'Prensa', '--on', '2024-08-30')).code).toBe(0);
  const sheet = join(folder, 'seguimiento.xlsx');
  const cutoff = join(folder, 'corte.xlsx');
  expect((await rinde('export', sheet, '--at', '2024-08-31')).code).toBe(0);
  expect((await rinde('cutoff', '--at', '2024-09-02', '--out', cutoff)).code).toBe(0);
  return { sheet, cutoff };
}

/** Words split as a spreadsheet may wrap them: at spaces and after hyphens. */
function words(text: string): string[] {
  return text.split(/[\s-]+/).filter((word) => word !== '');
}

function countWords(all: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of all) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Every word of every text cell, a merged cell once. */
async function sheetWords(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (typeof cell.value === 'string') found.push(...words(cell.value));
    });
  });
  return found;
}

async function subtitleOf(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return String(workbook.worksheets[0]?.getCell('A2').value);
}

describe('the exported xlsx prints', () => {
  it('sets landscape, one page wide, the header row on every page and es-CO number formats', async () => {
    const { sheet } = await exportedFiles();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheet);
    const worksheet = workbook.worksheets[0];
    expect(worksheet?.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '8:8',
    });
    // Numbers stay numbers, shown with the es-CO separators.
    const progress = worksheet?.getCell('H10');
    expect(progress?.value).toBe(2.5);
    expect(progress?.numFmt).toBe('[$-240A]#,##0.0');
    expect(countFormat(1500)).toBe('[$-240A]#,##0');
    expect(countFormat(0.125)).toBe('[$-240A]#,##0.000');
    expect(percentFormat(0.5)).toBe('[$-240A]0%');
    // Rows are as tall as their wrapped text.
    expect(worksheet?.getRow(12).height).toBeGreaterThan(worksheet?.getRow(9).height ?? 0);
    expect(wrappedLines('uno dos tres', 8)).toBe(2);
    expect(wrappedLines('uno\ndos', 30)).toBe(2);
    expect(wrappedLines('Planeación-Secretaría', 12)).toBe(2);
  });

  it.skipIf(skipWithoutLibreOffice)(
    'as PDF: landscape pages, every column on each page, the title whole and no text cut off',
    { timeout: 180_000 },
    async () => {
      const files = await exportedFiles();
      for (const file of [files.sheet, files.cutoff]) {
        const pdf = await convertWithLibreOffice(file, 'pdf');
        const info = await pdfInfo(pdf);
        const [width, height] = (/^([\d.]+) x ([\d.]+)/.exec(info['Page size'] ?? '') ?? []).slice(1).map(Number);
        expect(width, file).toBeGreaterThan(height ?? Number.POSITIVE_INFINITY);
        const pages = Number(info.Pages);
        expect(pages).toBeGreaterThanOrEqual(1);
        // One page wide: every page carries every column header (the header row repeats), so no column
        // was pushed onto a page of its own.
        // The two narrow headers wrap, so their first line stands for them.
        const single = COLUMN_HEADERS.map((header) =>
          header.startsWith('Porcentaje') ? 'Porcentaje de' : header.startsWith('Avance') ? 'Avance meta' : header,
        );
        const texts: string[] = [];
        for (let page = 1; page <= pages; page++) {
          const text = await pdfPageText(pdf, page);
          texts.push(text);
          for (const header of single) expect(text, `${file} page ${page}`).toContain(header);
        }
        expect(texts[0]).toContain(SHEET_TITLE);
        expect(texts[0]?.replace(/\s+/g, ' ')).toContain(await subtitleOf(file));
        expect(texts.join('\n')).toMatch(/\b2,5\b/);
        // Nothing clipped: every word of every text cell is printed (a row too short would hide lines).
        // -layout: without it pdftotext joins "Gobierno-" at a line end with the next line's word.
        const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
        const printed = countWords(words(stdout));
        const missing = [...countWords(await sheetWords(file))].filter(
          ([word, count]) => (printed.get(word) ?? 0) < count,
        );
        expect(missing, file).toEqual([]);
      }
    },
  );
});
