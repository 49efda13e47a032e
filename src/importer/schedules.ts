import { formatLongDate, isoParts } from '../domain/dates.js';
import { parseScheduleSpec, resolveDueDates } from '../domain/schedule/index.js';
import type { Schedule, ScheduleSpec, Vigencia } from '../domain/types.js';
import { cellText, dateCellToIso, type SheetCell } from './grid.js';

/** What is shown (the cell as written) and what is parsed, which differ only for date cells. */
export interface ScheduleCell {
  text: string;
  parsable: string;
}

/** A real date cell is parsed as its ISO date but kept as Colombian documents write it. */
export function scheduleCellOf(cell: SheetCell): ScheduleCell {
  if (cell instanceof Date) {
    const iso = dateCellToIso(cell);
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
