import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { restoreNeutralised } from '../domain/formulaText.js';
import type { Grid, GridRow, SheetCell } from './grid.js';

/** A file the importer cannot read at all; the message is meant for the user, in Spanish. */
export class UnreadableFileError extends Error {}

type Delimiter = ',' | ';' | '\t';

/** The file names the importer reads, as a person would write them: what an upload is checked against. */
export const PLAN_FILE_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt'] as const;

/** The refusal for a file of another kind, saying which kinds are read. */
export function unsupportedFileMessage(extension: string): string {
  const converting =
    extension === '.xls'
      ? ' Un .xls es el formato antiguo de Excel: ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».'
      : '';
  return `No se puede leer un archivo «${extension || 'sin extensión'}». Guarde el plan como Excel (.xlsx), CSV (.csv) o texto delimitado por tabulaciones (.tsv o .txt).${converting}`;
}

function isPlanFileExtension(extension: string): boolean {
  return (PLAN_FILE_EXTENSIONS as readonly string[]).includes(extension);
}

/**
 * The only place that knows about file formats: every sheet of an .xlsx, or the single table of
 * a .csv/.tsv/.txt, as a grid of plain values with the row numbers the user sees.
 */
export async function readGrids(path: string): Promise<Grid[]> {
  const extension = extname(path).toLowerCase();
  if (!isPlanFileExtension(extension)) throw new UnreadableFileError(unsupportedFileMessage(extension));
  return readGridsFromBytes(await readFile(path), path);
}

/** The same for a file already in memory (an upload); `fileName` says its format by its extension. */
export async function readGridsFromBytes(bytes: Buffer, fileName: string): Promise<Grid[]> {
  const extension = extname(fileName).toLowerCase();
  switch (extension) {
    case '.xlsx':
    case '.xlsm':
      return readWorkbook(bytes);
    case '.csv':
      return [await readDelimited(await decodeText(bytes), 'csv')];
    case '.tsv':
    case '.txt':
      return [await readDelimited(await decodeText(bytes), 'tsv')];
    default:
      throw new UnreadableFileError(unsupportedFileMessage(extension));
  }
}

// The parsers are loaded on the first file of their kind: a running bot seldom imports a plan, and
// exceljs alone is more than 15 MB of resident memory.

async function readWorkbook(bytes: Buffer): Promise<Grid[]> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError(
      'El archivo no es un libro de Excel válido (.xlsx). Ábralo en Excel y guárdelo de nuevo como «Libro de Excel».',
    );
  }
  return workbook.worksheets.map(sheetToGrid);
}

function sheetToGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = readCell(cell);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return { name: sheet.name, rows };
}

/** Merged cells repeat the top-left value, so a merged subcomponent reaches every row it spans. */
function readCell(cell: ExcelJS.Cell): SheetCell {
  const source = cell.isMerged ? cell.master : cell;
  const value = plainValue(source.value);
  if (typeof value === 'number' && source.numFmt?.includes('%')) return percentText(value);
  return value;
}

function plainValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return plainValue(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return plainValue(value.text);
  // A formula counts for what it last showed; one never calculated (or showing #DIV/0!) is empty.
  if ('result' in value) return value.result === undefined ? null : plainValue(value.result);
  return null;
}

/** A number shown as a percentage reads as the user sees it ("100%"), so 1 and 100 % are not confused. */
function percentText(ratio: number): string {
  return `${String(Number((ratio * 100).toFixed(10))).replace('.', ',')}%`;
}

/**
 * Excel in Spanish saves CSV as Windows-1252 and "Texto Unicode" as UTF-16; anything that is
 * not valid UTF-8 is taken to be Windows-1252.
 */
async function decodeText(buffer: Buffer): Promise<string> {
  const legacy = async (encoding: string) => (await import('iconv-lite')).default.decode(buffer, encoding);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return legacy('utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return legacy('win1252');
  }
}

async function readDelimited(text: string, kind: 'csv' | 'tsv'): Promise<Grid> {
  const { parse } = await import('csv-parse/sync');
  const delimiter = kind === 'tsv' ? '\t' : sniffDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UnreadableFileError(
      `No se pudo leer el archivo: hay comillas (") sin cerrar${line ? ` cerca de la línea ${line}` : ''}. Ábralo en Excel y guárdelo de nuevo.`,
    );
  }
  return {
    name: kind.toUpperCase(),
    rows: records.map((record, index) => ({
      row: index + 1,
      // An apostrophe before "=1+1" is the formula guard Rinde's export (or a careful author) added.
      cells: record.map((value) => (value.trim() === '' ? null : restoreNeutralised(value.replace(/\r\n?/g, '\n')))),
    })),
  };
}

/**
 * Excel writes ";" instead of "," where the decimal separator is a comma. The table's header
 * line decides, since lines above it may hold long prose full of commas.
 */
function sniffDelimiter(text: string): Delimiter {
  const lines = text.split(/\r?\n/);
  const line = lines.find(looksLikeTableHeader) ?? lines.find((candidate) => candidate.trim() !== '') ?? '';
  const candidates: Delimiter[] = [';', ',', '\t'];
  return candidates.reduce((best, delimiter) =>
    countOutsideQuotes(line, delimiter) > countOutsideQuotes(line, best) ? delimiter : best,
  );
}

function looksLikeTableHeader(line: string): boolean {
  const lower = line.toLowerCase();
  return lower.includes('actividad') && lower.includes('responsable');
}

function countOutsideQuotes(line: string, delimiter: Delimiter): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}
