import { compareIso, isoParts, lastDayOfMonth } from '../dates.js';
import type { IsoDate, Period, ScheduleSpec, Vigencia } from '../types.js';
import { MONTHS_PER_PERIOD } from './periods.js';

function sortedUnique(dates: readonly IsoDate[]): IsoDate[] {
  return [...new Set(dates)].sort(compareIso);
}

function isWithin(date: IsoDate, vigencia: Vigencia): boolean {
  return compareIso(date, vigencia.from) >= 0 && compareIso(date, vigencia.to) <= 0;
}

/** A month spec is 'YYYY-MM'. */
function lastDayOfIsoMonth(month: string): IsoDate {
  const { year, month: monthNumber } = isoParts(`${month}-01`);
  return lastDayOfMonth(year, monthNumber);
}

/** Period ends inside the vigencia, then its last day: a vigencia ending mid-period still owes that stretch. */
function periodEnds(period: Period, vigencia: Vigencia): IsoDate[] {
  const length = MONTHS_PER_PERIOD[period];
  const ends: IsoDate[] = [];
  for (let year = isoParts(vigencia.from).year; year <= isoParts(vigencia.to).year; year += 1) {
    for (let month = length; month <= 12; month += length) {
      const end = lastDayOfMonth(year, month);
      if (isWithin(end, vigencia)) ends.push(end);
    }
  }
  return [...ends, vigencia.to];
}

function dueDatesOf(spec: ScheduleSpec, vigencia: Vigencia): IsoDate[] {
  switch (spec.kind) {
    case 'dates':
      return spec.dates;
    case 'range':
      return [spec.to];
    case 'month':
      return [lastDayOfIsoMonth(spec.month)];
    case 'continuous':
      return [vigencia.to];
    case 'periodic':
      return periodEnds(spec.period, vigencia);
  }
}

/** The days progress is due on, sorted and without repeats. Explicit dates are kept even outside the vigencia. */
export function resolveDueDates(spec: ScheduleSpec, vigencia: Vigencia): IsoDate[] {
  return sortedUnique(dueDatesOf(spec, vigencia));
}

function explicitDatesOf(spec: ScheduleSpec): IsoDate[] {
  switch (spec.kind) {
    case 'dates':
      return spec.dates;
    case 'range':
      return [spec.from, spec.to];
    case 'month':
      return [`${spec.month}-01`];
    case 'continuous':
    case 'periodic':
      return [];
  }
}

/**
 * The years a spec's own dates fall in, ascending, each once (a cell is one vote however many
 * dates it lists). Empty for periodic and continuous specs, which depend on the vigencia.
 */
export function yearsOf(spec: ScheduleSpec): number[] {
  return [...new Set(explicitDatesOf(spec).map((date) => isoParts(date).year))].sort((a, b) => a - b);
}
