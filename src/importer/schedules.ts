import { formatLongDate, isoParts } from '../domain/dates.js';
import { type NoFixedDate, noFixedDateOf, parseScheduleSpec, resolveDueDates } from '../domain/schedule/index.js';
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

function specOf(cell: ScheduleCell, vigencia: Vigencia): ScheduleSpec | null {
  return parseScheduleSpec(cell.parsable, { defaultYear: isoParts(vigencia.from).year });
}

/** Dates written without a year ("15 de julio") take the year the vigencia starts in. */
export function resolveSchedule(cell: ScheduleCell, vigencia: Vigencia): Schedule {
  const spec = specOf(cell, vigencia);
  if (spec === null) return { text: cell.text, kind: 'unknown', dueDates: [] };
  return { text: cell.text, kind: spec.kind, dueDates: resolveDueDates(spec, vigencia) };
}

const NO_FIXED_DATE: Record<NoFixedDate, (text: string, code: string) => string> = {
  permanent: (text, code) => `la actividad ${code} es permanente («${text}»), sin fecha de corte`,
  'on-demand': (text, code) => `la fecha programada «${text}» de la actividad ${code} no fija ninguna fecha`,
  'open-start': (text, code) =>
    `la fecha programada «${text}» de la actividad ${code} dice cuándo empieza, no cuándo vence`,
};

/**
 * What the import says about a schedule that fixes no date, in the words of what the reminder sweep
 * does with it (domain/reminders/planReminders.ts, continuousDues): no countdown or overdue reminders,
 * only a nudge to its offices after `quietDays` with nothing logged, counted from the start of the
 * vigencia or the last entry, until the target is met or the vigencia ends. Null for any other schedule.
 */
export function noFixedDateWarning(
  cell: ScheduleCell,
  activityCode: string,
  vigencia: Vigencia,
  quietDays: number,
): string | null {
  const why = noFixedDateOf(specOf(cell, vigencia));
  if (why === null) return null;
  const fix =
    why === 'permanent'
      ? 'Si prefiere fechas de corte, escriba una frecuencia como «Trimestral» o una fecha.'
      : 'Si tiene una fecha, escríbala en la hoja, por ejemplo «30 de junio».';
  return `${NO_FIXED_DATE[why](cell.text, activityCode)}: se importó con vencimiento al final de la vigencia (${formatLongDate(vigencia.to)}). Rinde no enviará recordatorios antes de esa fecha ni de actividad vencida; solo avisará a sus responsables cada vez que pasen ${quietDays} días sin avance registrado, contados desde el inicio de la vigencia (${formatLongDate(vigencia.from)}) o desde el último avance, hasta que se cumpla la meta o termine la vigencia. ${fix}`;
}
