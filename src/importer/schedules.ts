import { formatLongDate, isoParts } from '../domain/dates.js';
import { parseScheduleSpec, resolveDueDates } from '../domain/schedule/index.js';
import type { Schedule, ScheduleSpec, Vigencia } from '../domain/types.js';
import { cellText, dateCellToIso, type SheetCell } from './grid.js';

/** What is shown (the cell as written) and what is parsed, which differ only for date cells. */
export interface ScheduleCell {
  text: string;
  parsable: string;
}

/** Excel's day numbers for 1954–2119: a General cell holding a date shows one of these, never a plan's count. */
const SERIAL_DATES = { min: 20_000, max: 80_000 };

/** Excel's 1900 date system counts days from 30 December 1899 (its phantom 29 February 1900 included). */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
}

/**
 * A real date cell is parsed as its ISO date but kept as Colombian documents write it; so is a date
 * left in a General cell, which the sheet shows as its serial number (45838 for 30 June 2025).
 */
export function scheduleCellOf(cell: SheetCell): ScheduleCell {
  const isSerial = typeof cell === 'number' && cell >= SERIAL_DATES.min && cell <= SERIAL_DATES.max;
  const date = isSerial ? serialToDate(cell) : cell;
  if (date instanceof Date) {
    const iso = dateCellToIso(date);
    return { text: formatLongDate(iso), parsable: iso };
  }
  const text = cellText(cell);
  return { text, parsable: text };
}

/** Specs read without a default year: dates that state their year are what votes for the vigencia. */
export function specsWithOwnYears(cells: readonly ScheduleCell[]): (ScheduleSpec | null)[] {
  return cells.map((cell) => parseScheduleSpec(cell.parsable));
}

/** Dates written without a year ("15 de julio") take the year the vigencia starts in. */
export function resolveSchedule(cell: ScheduleCell, vigencia: Vigencia): Schedule {
  const spec = parseScheduleSpec(cell.parsable, { defaultYear: isoParts(vigencia.from).year });
  if (spec === null) return { text: cell.text, kind: 'unknown', dueDates: [] };
  return { text: cell.text, kind: spec.kind, dueDates: resolveDueDates(spec, vigencia) };
}
