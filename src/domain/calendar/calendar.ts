import type { IsoDate } from '../types.js';
import { COLOMBIAN_HOLIDAY_RULES, type HolidayRule, holidayDateInYear } from './colombianHolidays.js';
import {
  civilFromDays,
  type DayNumber,
  daysToIso,
  isoToDays,
  parseIsoDate,
  SATURDAY,
  SUNDAY,
  weekdayOf,
} from './isoDate.js';

export interface Holiday {
  date: IsoDate;
  name: string;
}

export interface CalendarOptions {
  /** Defaults to the Colombian national holidays. */
  rules?: readonly HolidayRule[];
  /** Days off decreed outside the law (a "día cívico"), added from configuration without a release. */
  extraHolidays?: readonly IsoDate[];
  /** Rule-generated days that must be treated as business days after all. */
  removedHolidays?: readonly IsoDate[];
}

/** Build one with `createCalendar` and pass it to the functions of this module; it only caches, never changes. */
export interface BusinessCalendar {
  /** The holidays of `year` by date, in date order; computed once per year. */
  holidayMap(year: number): ReadonlyMap<IsoDate, string>;
}

export const EXTRA_HOLIDAY_NAME = 'Festivo adicional';

// Two rules can land on the same Monday (Sagrado Corazón and San Pedro y San Pablo in 2025);
// the day is still one day off, so it keeps both names.
const NAME_SEPARATOR = ' / ';

export function createCalendar(options: CalendarOptions = {}): BusinessCalendar {
  const rules = options.rules ?? COLOMBIAN_HOLIDAY_RULES;
  const extra = new Set(options.extraHolidays?.map(validIso));
  const removed = new Set(options.removedHolidays?.map(validIso));
  for (const iso of extra) {
    if (removed.has(iso)) throw new RangeError(`${iso} is both an extra and a removed holiday`);
  }
  const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

  function computeYear(year: number): ReadonlyMap<IsoDate, string> {
    const names = new Map<IsoDate, string[]>();
    for (const rule of rules) {
      const date = holidayDateInYear(rule, year);
      if (date === null || removed.has(date)) continue;
      names.set(date, [...(names.get(date) ?? []), rule.name]);
    }
    for (const date of extra) {
      if (parseIsoDate(date).year === year && !names.has(date)) names.set(date, [EXTRA_HOLIDAY_NAME]);
    }
    const sorted = [...names].sort(([a], [b]) => (a < b ? -1 : 1));
    return new Map(sorted.map(([date, dayNames]) => [date, dayNames.join(NAME_SEPARATOR)]));
  }

  return {
    holidayMap(year) {
      let holidays = cache.get(year);
      if (holidays === undefined) {
        holidays = computeYear(year);
        cache.set(year, holidays);
      }
      return holidays;
    },
  };
}

/** Every holiday of `year` in date order, weekend ones included (a Sunday 20 de julio is still a holiday). */
export function holidaysInYear(calendar: BusinessCalendar, year: number): Holiday[] {
  return [...calendar.holidayMap(year)].map(([date, name]) => ({ date, name }));
}

export function holidayName(calendar: BusinessCalendar, iso: IsoDate): string | null {
  return holidayNameOn(calendar, isoToDays(iso));
}

export function isBusinessDay(calendar: BusinessCalendar, iso: IsoDate): boolean {
  return isBusinessDayNumber(calendar, isoToDays(iso));
}

/** The first business day strictly after `iso`. */
export function nextBusinessDay(calendar: BusinessCalendar, iso: IsoDate): IsoDate {
  return daysToIso(stepToBusinessDay(calendar, isoToDays(iso) + 1, 1));
}

/** The last business day strictly before `iso`. */
export function previousBusinessDay(calendar: BusinessCalendar, iso: IsoDate): IsoDate {
  return daysToIso(stepToBusinessDay(calendar, isoToDays(iso) - 1, -1));
}

/** `iso` itself when it is a business day, otherwise the next one: where a reminder due on a holiday goes. */
export function onOrAfterBusinessDay(calendar: BusinessCalendar, iso: IsoDate): IsoDate {
  return daysToIso(stepToBusinessDay(calendar, isoToDays(iso), 1));
}

/** `iso` itself when it is a business day, otherwise the previous one: for deadlines that must not slip. */
export function onOrBeforeBusinessDay(calendar: BusinessCalendar, iso: IsoDate): IsoDate {
  return daysToIso(stepToBusinessDay(calendar, isoToDays(iso), -1));
}

/**
 * Moves `n` business days forwards (or backwards when negative), counting only business days strictly
 * after (before) `iso`; so from a Saturday, +1 is the next business day. With `n` = 0, `iso` is returned as is.
 */
export function addBusinessDays(calendar: BusinessCalendar, iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addBusinessDays needs a whole number of days: ${n}`);
  const direction = n < 0 ? -1 : 1;
  let days = isoToDays(iso);
  for (let remaining = Math.abs(n); remaining > 0; remaining--) {
    days = stepToBusinessDay(calendar, days + direction, direction);
  }
  return daysToIso(days);
}

/**
 * Business days in (from, to]: how many "días hábiles" have run from `from` to `to`, so that
 * `addBusinessDays(from, businessDaysBetween(from, to))` is `to` when `to` is a business day.
 * Negative, with the same meaning, when `to` is before `from`.
 */
export function businessDaysBetween(calendar: BusinessCalendar, from: IsoDate, to: IsoDate): number {
  const start = isoToDays(from);
  const end = isoToDays(to);
  if (end < start) return -businessDaysBetween(calendar, to, from);
  let count = 0;
  for (let days = start + 1; days <= end; days++) {
    if (isBusinessDayNumber(calendar, days)) count++;
  }
  return count;
}

/** Configuration errors surface when the calendar is built, not on the first reminder that crosses the date. */
function validIso(iso: IsoDate): IsoDate {
  parseIsoDate(iso);
  return iso;
}

function holidayNameOn(calendar: BusinessCalendar, days: DayNumber): string | null {
  return calendar.holidayMap(civilFromDays(days).year).get(daysToIso(days)) ?? null;
}

function isBusinessDayNumber(calendar: BusinessCalendar, days: DayNumber): boolean {
  const weekday = weekdayOf(days);
  return weekday !== SATURDAY && weekday !== SUNDAY && holidayNameOn(calendar, days) === null;
}

function stepToBusinessDay(calendar: BusinessCalendar, start: DayNumber, direction: 1 | -1): DayNumber {
  let days = start;
  while (!isBusinessDayNumber(calendar, days)) days += direction;
  return days;
}
