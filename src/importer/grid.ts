import { isoDate } from '../domain/dates.js';
import type { SheetCell } from '../domain/target.js';
import type { IsoDate } from '../domain/types.js';

export type { SheetCell };

/** One sheet row: `row` is the 1-based row number the user sees in the spreadsheet. */
export interface GridRow {
  row: number;
  cells: SheetCell[];
}

/** A sheet as plain values; rows with nothing in them may be left out. */
export interface Grid {
  name: string;
  rows: GridRow[];
}

export function isBlank(cell: SheetCell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as text, for cells where a number or a date is just something to show. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (cell instanceof Date) return dateCellToIso(cell);
  return String(cell).trim();
}

/**
 * Excel stores a date as a day count that the reader turns into UTC midnight; rounding to the
 * nearest minute absorbs float error that would otherwise land on 23:59:59.999 the day before.
 */
export function dateCellToIso(date: Date): IsoDate {
  const rounded = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  return isoDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}
