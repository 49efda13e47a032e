import { compareIso, isoDate, isValidCalendarDate, lastDayOfMonth } from '../dates.js';
import type { IsoDate, ScheduleSpec } from '../types.js';
import { completeYears, type DatedDate } from './completeYears.js';
import { normaliseScheduleText } from './normaliseScheduleText.js';
import { isOnDemandPhrase, openStartOf, toWords, withoutBound, yearAloneOf } from './openPhrases.js';
import { readOrdinalPeriod } from './ordinalPeriods.js';
import { isContinuousPhrase, readPeriod } from './phrases.js';
import { type DateSegment, readDateSegments } from './readDateSegments.js';
import { tokeniseSchedule } from './tokeniseSchedule.js';

export interface ParseScheduleOptions {
  /** Year for dates written without one ("1ro de julio"); usually the vigencia's. */
  defaultYear?: number;
}

/** A bare month stands for its first day when a range starts and for its last when one ends. */
type MonthEdge = 'first' | 'last';

/** Null for days that do not exist: "31 de febrero" is a typo to report, not 3 March. */
function toIsoDate(date: DatedDate, edge: MonthEdge): IsoDate | null {
  const { year, month, day } = date;
  if (!isValidCalendarDate(year, month, day ?? 1)) return null;
  if (day !== null) return isoDate(year, month, day);
  return edge === 'first' ? isoDate(year, month, 1) : lastDayOfMonth(year, month);
}

function toRange(segment: { from: DatedDate; to: DatedDate }): { from: IsoDate; to: IsoDate } | null {
  const from = toIsoDate(segment.from, 'first');
  const to = toIsoDate(segment.to, 'last');
  if (from === null || to === null || compareIso(from, to) > 0) return null;
  return { from, to };
}

/** A cell with one segment keeps its shape; several become the list of their due dates. */
function toSpec(segments: readonly DateSegment<DatedDate>[]): ScheduleSpec | null {
  const [only, ...others] = segments;
  if (only !== undefined && others.length === 0) return toSingleSegmentSpec(only);
  const dates: IsoDate[] = [];
  for (const segment of segments) {
    const due = segment.kind === 'single' ? toIsoDate(segment.date, 'last') : (toRange(segment)?.to ?? null);
    if (due === null) return null;
    dates.push(due);
  }
  return { kind: 'dates', dates };
}

function toSingleSegmentSpec(segment: DateSegment<DatedDate>): ScheduleSpec | null {
  if (segment.kind === 'range') {
    const range = toRange(segment);
    return range && { kind: 'range', ...range };
  }
  const date = toIsoDate(segment.date, 'first');
  if (date === null) return null;
  return segment.date.day === null ? { kind: 'month', month: date.slice(0, 7) } : { kind: 'dates', dates: [date] };
}

/**
 * Reads a "Fecha programada" cell as users write it in Spanish: dates, lists of dates, ranges
 * (also inside one month), months, a year, periods ("Trimestral"), periods by ordinal ("primer
 * semestre", "II trimestre", "segunda quincena de julio"), deadlines ("hasta el 30 de junio"),
 * continuous work ("Permanentemente") and phrases that fix no date ("cada vez que se requiera",
 * "a partir de marzo"). Null when unreadable, so the caller can show the cell as written instead
 * of guessing. A month spec is 'YYYY-MM'.
 */
export function parseScheduleSpec(text: string, options: ParseScheduleOptions = {}): ScheduleSpec | null {
  const normalised = withoutBound(normaliseScheduleText(text));
  const words = toWords(normalised);
  const period = readPeriod(normalised);
  if (period !== null) return { kind: 'periodic', period };
  if (isContinuousPhrase(normalised)) return { kind: 'continuous' };
  if (isOnDemandPhrase(words)) return { kind: 'continuous', open: 'on-demand' };
  const start = openStartOf(words);
  if (start !== null) return readDates(start, options) === null ? null : { kind: 'continuous', open: 'open-start' };
  const ordinal = readOrdinalPeriod(words, options.defaultYear);
  if (ordinal !== null) return { kind: 'range', ...ordinal };
  const year = yearAloneOf(words);
  if (year !== null) return { kind: 'range', from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
  return readDates(normalised, options);
}

function readDates(normalised: string, options: ParseScheduleOptions): ScheduleSpec | null {
  const segments = readDateSegments(tokeniseSchedule(normalised));
  const dated = segments && completeYears(segments, options.defaultYear);
  return dated && toSpec(dated);
}

/**
 * The day work starts, for a cell that states only a start ("a partir de marzo" → 1 March; "a partir
 * de abril de 2025" → 2025-04-01); null for every other cell, whose dates say when work is due.
 */
export function statedStartOf(text: string, options: ParseScheduleOptions = {}): IsoDate | null {
  const start = openStartOf(toWords(withoutBound(normaliseScheduleText(text))));
  const spec = start === null ? null : readDates(start, options);
  return spec === null ? null : firstDayOf(spec);
}

function firstDayOf(spec: ScheduleSpec): IsoDate | null {
  if (spec.kind === 'dates') return spec.dates[0] ?? null;
  if (spec.kind === 'range') return spec.from;
  if (spec.kind === 'month') return `${spec.month}-01`;
  return null;
}
