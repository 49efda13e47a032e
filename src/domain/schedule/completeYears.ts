import type { DateSegment, WrittenDate } from './readDateSegments.js';

export type DatedDate = WrittenDate & { year: number };

/** Whether `a` comes later in the year than `b`; a bare month ties with any day of that month. */
function isLaterInYear(a: WrittenDate, b: WrittenDate): boolean {
  if (a.month !== b.month) return a.month > b.month;
  return a.day !== null && b.day !== null && a.day > b.day;
}

function yearFromLater(date: WrittenDate, later: DatedDate | null): number | null {
  if (later === null) return null;
  // "1 de diciembre al 31 de enero de 2025" starts in 2024.
  return isLaterInYear(date, later) ? later.year - 1 : later.year;
}

/**
 * Gives every date a year. People write the year once, at the end ("15 de marzo, 15 de julio y
 * 15 de noviembre de 2025"), so a missing year comes from the next date written; with no later
 * date it falls back to `defaultYear`, and without that the cell is unreadable (null).
 */
export function completeYears(
  segments: readonly DateSegment[],
  defaultYear: number | undefined,
): DateSegment<DatedDate>[] | null {
  let later: DatedDate | null = null;
  const complete = (date: WrittenDate): DatedDate | null => {
    const year = date.year ?? yearFromLater(date, later) ?? defaultYear;
    if (year === undefined) return null;
    later = { ...date, year };
    return later;
  };

  const completed: DateSegment<DatedDate>[] = [];
  for (const segment of [...segments].reverse()) {
    if (segment.kind === 'single') {
      const date = complete(segment.date);
      if (date === null) return null;
      completed.unshift({ kind: 'single', date });
    } else {
      const to = complete(segment.to);
      const from = to && complete(segment.from);
      if (to === null || from === null) return null;
      completed.unshift({ kind: 'range', from, to });
    }
  }
  return completed;
}
