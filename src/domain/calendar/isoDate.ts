import type { IsoDate } from '../types.js';

/**
 * Calendar arithmetic on IsoDate strings through a day count (days since 1970-01-01),
 * using Howard Hinnant's civil-date algorithms. Integer maths instead of `Date` keeps the
 * results independent of the host's time zone and of `Date.UTC` mapping years 0–99 to 19xx.
 */

export type DayNumber = number;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const SUNDAY = 0;
export const MONDAY = 1;
export const SATURDAY = 6;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysFromCivil({ year, month, day }: CivilDate): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: DayNumber): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Throws on anything that is not a real calendar day, so a typo like '2026-02-30' never silently rolls over. */
export function parseIsoDate(iso: IsoDate): CivilDate {
  const match = ISO_PATTERN.exec(iso);
  if (match) {
    const civil = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    const roundTrip = civilFromDays(daysFromCivil(civil));
    if (roundTrip.month === civil.month && roundTrip.day === civil.day) return civil;
  }
  throw new RangeError(`Not a valid IsoDate (YYYY-MM-DD): ${JSON.stringify(iso)}`);
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoToDays(iso: IsoDate): DayNumber {
  return daysFromCivil(parseIsoDate(iso));
}

export function daysToIso(days: DayNumber): IsoDate {
  return formatIsoDate(civilFromDays(days));
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`; 1970-01-01 was a Thursday. */
export function weekdayOf(days: DayNumber): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** The same day when it already is a Monday: Ley 51 de 1983 only moves holidays that "no caigan en día lunes". */
export function onOrAfterMonday(days: DayNumber): DayNumber {
  return days + ((MONDAY - weekdayOf(days) + 7) % 7);
}
