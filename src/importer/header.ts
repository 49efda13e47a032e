import { squish } from '../domain/text.js';
import { type Column, classifyHeaderCell, classifySubHeaderCell } from './columns.js';
import { cellText, type Grid, type GridRow, isBlank, type SheetCell } from './grid.js';

/** One column of the table's header. */
export interface HeaderCell {
  /** 0-based; `columnLetter` gives the letter the sheet shows. */
  index: number;
  /** The header as written, both rows joined when it spans two ("Actividades / No."). */
  text: string;
  column: Column | null;
}

/** The activity table's header: one sheet row, or two when the second names the parts of merged cells. */
export interface DetectedHeader {
  rows: number[];
  cells: HeaderCell[];
}

/** The columns every activity needs; the others are read when present. */
export const REQUIRED_COLUMNS: readonly Column[] = ['id', 'activity', 'responsible', 'schedule', 'target'];

/** Fewer recognised names than this is a row of data or of the header block, not the table's header. */
const MIN_HEADER_COLUMNS = 3;

/** Headers sit near the top: a 5,000-row plan is not searched to its end. */
const SEARCH_ROWS = 200;

export function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  }
  return letter;
}

/** "B" or "AB" as the 0-based index it names; null when the text is not a column letter. */
export function columnIndexOf(letter: string): number | null {
  if (!/^[a-z]{1,3}$/i.test(letter)) return null;
  return [...letter.toUpperCase()].reduce((index, char) => index * 26 + char.charCodeAt(0) - 64, 0) - 1;
}

export function lastHeaderRow(header: DetectedHeader): number {
  return header.rows[header.rows.length - 1] ?? 0;
}

/** The columns found, the first of repeated (merged) names winning. */
export function headerColumns(header: DetectedHeader): Map<Column, number> {
  const columns = new Map<Column, number>();
  for (const cell of header.cells) {
    if (cell.column !== null && !columns.has(cell.column)) columns.set(cell.column, cell.index);
  }
  return columns;
}

/**
 * How much a candidate looks like the plan's header: the required columns weigh most, so a
 * change-control table ("Versión | Fecha | Descripción | Responsable") loses to the plan.
 */
export function headerScore(header: DetectedHeader): number {
  const columns = headerColumns(header);
  return REQUIRED_COLUMNS.filter((column) => columns.has(column)).length * 10 + columns.size;
}

/** The best header of a sheet, if it has one; an earlier row wins a tie. */
export function detectHeader(grid: Grid): DetectedHeader | null {
  let best: DetectedHeader | null = null;
  const rows = grid.rows.slice(0, SEARCH_ROWS);
  rows.forEach((row, position) => {
    const single = singleRowHeader(row);
    const columns = headerColumns(single);
    if (columns.size < MIN_HEADER_COLUMNS || !(columns.has('id') || columns.has('activity'))) return;
    const next = rows[position + 1];
    const candidate = next?.row === row.row + 1 ? (twoRowHeader(row, next) ?? single) : single;
    if (best === null || headerScore(candidate) > headerScore(best)) best = candidate;
  });
  return best;
}

export interface ChosenSheet {
  grid: Grid;
  header: DetectedHeader;
}

/** The sheet whose header looks most like a plan's (a cover sheet or an instructions sheet loses). */
export function chooseSheet(grids: readonly Grid[]): ChosenSheet | null {
  let chosen: ChosenSheet | null = null;
  for (const grid of grids) {
    const header = detectHeader(grid);
    if (header !== null && (chosen === null || headerScore(header) > headerScore(chosen.header))) {
      chosen = { grid, header };
    }
  }
  return chosen;
}

function singleRowHeader(row: GridRow): DetectedHeader {
  const cells = row.cells.map((cell, index) => {
    const text = headerText(cell);
    return { index, text, column: text === '' ? null : classifyHeaderCell(text) };
  });
  return { rows: [row.row], cells };
}

/**
 * The row under the header is its second row when every cell it adds names a column on its own
 * ("No.", "Descripción", "Fecha fin"); a merged cell shows the same value in both rows, and a
 * cell left blank under a merged one (as a CSV export leaves it) belongs to the header to its left.
 */
function twoRowHeader(upper: GridRow, lower: GridRow): DetectedHeader | null {
  const width = Math.max(upper.cells.length, lower.cells.length);
  const cells: HeaderCell[] = [];
  let added = 0;
  let parent = '';
  for (let index = 0; index < width; index++) {
    const top = upper.cells[index] ?? null;
    const bottom = lower.cells[index] ?? null;
    if (!isBlank(top)) parent = headerText(top);
    if (isBlank(bottom) || bottom === top) {
      const text = headerText(top);
      cells.push({ index, text, column: text === '' ? null : classifyHeaderCell(text) });
      continue;
    }
    const column = typeof bottom === 'string' ? classifySubHeaderCell(bottom, parent) : null;
    if (column === null) return null;
    added++;
    const text = isBlank(top) && parent === '' ? headerText(bottom) : `${parent} / ${headerText(bottom)}`;
    cells.push({ index, text, column });
  }
  return added === 0 ? null : { rows: [upper.row, lower.row], cells };
}

function headerText(cell: SheetCell): string {
  return squish(cellText(cell));
}
