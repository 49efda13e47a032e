import { addBusinessDays, type BusinessCalendar, businessDaysBetween } from './calendar/index.js';
import { addDays, isoDate, isoParts, isValidCalendarDate, lastDayOfMonth } from './dates.js';
import type { IsoDate } from './types.js';

/**
 * The control office's cut-offs ("cortes"): the plan is reviewed with the progress effective on or
 * before each cut-off date and the report is published within a number of business days after it.
 */

/** The customary cut-offs: 30 April, 31 August and 31 December. */
export const DEFAULT_CUTOFF_DATES: readonly string[] = ['04-30', '08-31', '12-31'];

/** The report is published within the ten business days that follow the cut-off. */
export const PUBLICATION_BUSINESS_DAYS = 10;

export interface CutoffSchedule {
  /** 'MM-DD' of each cut-off, any order. */
  dates: readonly string[];
  publicationBusinessDays: number;
}

export interface Cutoff {
  /** The cut-off date: progress effective on or before it counts. */
  date: IsoDate;
  /** The day after the previous cut-off: where this cut-off's period starts. */
  periodStart: IsoDate;
  /** The last business day on which the report may be published. */
  deadline: IsoDate;
}

export interface CutoffStatus extends Cutoff {
  /** The day the report is looked at from. */
  at: IsoDate;
  /** Business days from `at` to the deadline: 0 on the deadline itself, negative once it passed. */
  businessDaysLeft: number;
}

/**
 * The cut-off dates of one year, in order. A '02-29' cut-off falls on 28 February in common years,
 * the last day of the month as the entity meant.
 */
export function cutoffDatesInYear(dates: readonly string[], year: number): IsoDate[] {
  const inYear = dates.map((monthDay) => {
    const [month, day] = monthDay.split('-').map(Number);
    if (month === undefined || day === undefined || !isValidCalendarDate(2024, month, day)) {
      throw new RangeError(`Invalid cut-off 'MM-DD': ${monthDay}`);
    }
    return isValidCalendarDate(year, month, day) ? isoDate(year, month, day) : lastDayOfMonth(year, month);
  });
  return [...new Set(inYear)].sort();
}

/** The latest cut-off on or before `at` (perhaps last year's); null when there are no cut-offs. */
export function cutoffOnOrBefore(dates: readonly string[], at: IsoDate): IsoDate | null {
  if (dates.length === 0) return null;
  const { year } = isoParts(at);
  const candidates = [...cutoffDatesInYear(dates, year - 1), ...cutoffDatesInYear(dates, year)];
  return candidates.filter((date) => date <= at).at(-1) ?? null;
}

/** The cut-off strictly before `date`, whose next day opens `date`'s period. */
function previousCutoff(dates: readonly string[], date: IsoDate): IsoDate {
  const previous = cutoffOnOrBefore(dates, addDays(date, -1));
  // With a single yearly cut-off the previous one is a year back, which cutoffOnOrBefore finds.
  if (previous === null) throw new RangeError('No cut-off dates');
  return previous;
}

/** The deadline to publish the report of the cut-off on `date`: N business days after it. */
export function publicationDeadline(calendar: BusinessCalendar, date: IsoDate, businessDays: number): IsoDate {
  return addBusinessDays(calendar, date, businessDays);
}

export function cutoffOf(calendar: BusinessCalendar, schedule: CutoffSchedule, date: IsoDate): Cutoff {
  return {
    date,
    periodStart: addDays(previousCutoff(schedule.dates, date), 1),
    deadline: publicationDeadline(calendar, date, schedule.publicationBusinessDays),
  };
}

/** Which cut-off a report on `at` is about (the one on or before it) and the countdown to publishing it. */
export function cutoffStatus(calendar: BusinessCalendar, schedule: CutoffSchedule, at: IsoDate): CutoffStatus | null {
  const date = cutoffOnOrBefore(schedule.dates, at);
  if (date === null) return null;
  const cutoff = cutoffOf(calendar, schedule, date);
  return { ...cutoff, at, businessDaysLeft: businessDaysBetween(calendar, at, cutoff.deadline) };
}
