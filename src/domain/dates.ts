import { daysToIso, isoToDays, weekdayOf } from './calendar/isoDate.js';
import type { IsoDate } from './types.js';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Spanish month names, January first, in the lower case Spanish writes them in. */
export const SPANISH_MONTH_NAMES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

export interface DateParts {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Whether the day exists in the calendar: 29 Feb 2024 does, 31 Feb never does (no rolling over). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds an IsoDate from a 1-based month; throws on a day that does not exist so bad input never rolls over. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidCalendarDate(year, month, day)) {
    throw new RangeError(`Invalid calendar date: ${year}-${month}-${day}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function readIsoParts(value: string): DateParts | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(parts.year, parts.month, parts.day) ? parts : null;
}

export function isValidIsoDate(value: string): boolean {
  return readIsoParts(value) !== null;
}

/** Splits an IsoDate into numbers; throws on malformed input because callers rely on the type's promise. */
export function isoParts(iso: IsoDate): DateParts {
  const parts = readIsoParts(iso);
  if (parts === null) throw new RangeError(`Invalid IsoDate: ${iso}`);
  return parts;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The same day `amount` years on; 29 February becomes the 28th in a year without it. */
export function addYears(iso: IsoDate, amount: number): IsoDate {
  const { year, month, day } = isoParts(iso);
  return isoDate(year + amount, month, Math.min(day, daysInMonth(year + amount, month)));
}

// Day arithmetic is the calendar module's day count: one implementation, independent of the host's time zone.
export function addDays(iso: IsoDate, amount: number): IsoDate {
  return daysToIso(isoToDays(iso) + amount);
}

/** -1, 0 or 1, for `Array.prototype.sort`. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Calendar days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDays(b) - isoToDays(a);
}

/** 0 = Sunday … 6 = Saturday, like `Date.prototype.getDay`. */
export function weekday(iso: IsoDate): number {
  return weekdayOf(isoToDays(iso));
}

/** "15 de julio de 2024", as Colombian official documents write dates. */
export function formatLongDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${day} de ${SPANISH_MONTH_NAMES[month - 1]} de ${year}`;
}

/** "15 jul 2024", for tight spaces such as Slack tables. */
export function formatShortDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${day} ${SPANISH_MONTH_NAMES[month - 1]?.slice(0, 3)} ${year}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormatOf(timeZone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clockFormats.set(timeZone, format);
  }
  return format;
}

/** The local hour an answer holds for, in epoch milliseconds: [from, to). */
let lastHour: { timeZone: string; from: number; to: number; day: IsoDate } | undefined;

const HOUR_MS = 3_600_000;

/**
 * The calendar date an instant falls on in a time zone: the "today" of users in Colombia, not of the
 * server. Every command asks, each with its own instant, and formatting one costs ~15 µs, so the
 * answer is kept for the rest of the local hour the instant falls in: the date only changes at a
 * local midnight, and zones change their offset on the hour.
 */
export function isoDateInZone(instant: Date, timeZone = 'America/Bogota'): IsoDate {
  const epochMs = instant.getTime();
  if (lastHour?.timeZone === timeZone && epochMs >= lastHour.from && epochMs < lastHour.to) return lastHour.day;
  const parts = clockFormatOf(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  const intoHour = (Number(part('minute')) * 60 + Number(part('second'))) * 1000 + instant.getUTCMilliseconds();
  lastHour = { timeZone, from: epochMs - intoHour, to: epochMs - intoHour + HOUR_MS, day };
  return day;
}
