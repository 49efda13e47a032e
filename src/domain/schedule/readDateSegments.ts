import type { ScheduleToken } from './tokeniseSchedule.js';

/** A date as written: no day for a bare month ("junio de 2025"), no year when another date carries it. */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number | null;
}

export type DateSegment<D extends WrittenDate = WrittenDate> =
  | { kind: 'single'; date: D }
  | { kind: 'range'; from: D; to: D };

interface Read<T> {
  value: T;
  next: number;
}

// Words that join dates without changing their meaning: "de", "el", list "y", "desde el".
const FILLER_WORDS = new Set(['de', 'el', 'la', 'y', 'e', 'desde']);
const RANGE_WORDS = new Set(['al', 'a', 'hasta']);
const DE = new Set(['de']);

function isWordIn(token: ScheduleToken | undefined, words: ReadonlySet<string>): boolean {
  return token?.kind === 'word' && words.has(token.word);
}

function skipWords(tokens: readonly ScheduleToken[], index: number, words: ReadonlySet<string>): number {
  let next = index;
  while (isWordIn(tokens[next], words)) next += 1;
  return next;
}

/** Years always have four digits in words, which is what tells "junio 30" from "junio 2025". */
function isDayNumber(token: ScheduleToken | undefined): token is Extract<ScheduleToken, { kind: 'number' }> {
  return token?.kind === 'number' && token.digits <= 2;
}

/** An optional "[de] 2024" after a day and month; absent, nothing is consumed. */
function readOptionalYear(tokens: readonly ScheduleToken[], index: number): Read<number | null> {
  const at = skipWords(tokens, index, DE);
  const token = tokens[at];
  return token?.kind === 'number' && token.digits === 4
    ? { value: token.value, next: at + 1 }
    : { value: null, next: index };
}

/** "15 de julio de 2024", "15 dic 2024", "1 de julio". */
function readDayFirst(tokens: readonly ScheduleToken[], index: number, day: number): Read<WrittenDate> | null {
  const at = skipWords(tokens, index + 1, DE);
  const month = tokens[at];
  if (month?.kind !== 'month') return null;
  const year = readOptionalYear(tokens, at + 1);
  return { value: { year: year.value, month: month.month, day }, next: year.next };
}

/** "Junio 30 de 2025", or a bare month: "diciembre 2025", "marzo" (a junio de 2025). */
function readMonthFirst(tokens: readonly ScheduleToken[], index: number, month: number): Read<WrittenDate> {
  const dayToken = tokens[index + 1];
  const day = isDayNumber(dayToken) ? dayToken.value : null;
  const year = readOptionalYear(tokens, index + (day === null ? 1 : 2));
  return { value: { year: year.value, month, day }, next: year.next };
}

function readWrittenDate(tokens: readonly ScheduleToken[], index: number): Read<WrittenDate> | null {
  const token = tokens[index];
  if (token?.kind === 'date') {
    const { year, month, day } = token;
    return { value: { year, month, day }, next: index + 1 };
  }
  if (isDayNumber(token)) return readDayFirst(tokens, index, token.value);
  if (token?.kind === 'month') return readMonthFirst(tokens, index, token.month);
  return null;
}

/** One date, or two joined by "al"/"a"/"hasta" into a range. */
function readSegment(tokens: readonly ScheduleToken[], index: number): Read<DateSegment[]> | null {
  const days = readDaysOfOneMonth(tokens, index);
  if (days !== null) return days;
  const from = readWrittenDate(tokens, index);
  if (from === null) return null;
  if (!isWordIn(tokens[from.next], RANGE_WORDS)) {
    return { value: [{ kind: 'single', date: from.value }], next: from.next };
  }
  const to = readWrittenDate(tokens, skipWords(tokens, from.next + 1, FILLER_WORDS));
  return to === null ? null : { value: [{ kind: 'range', from: from.value, to: to.value }], next: to.next };
}

const LIST_WORDS = new Set(['y', 'e']);

/** A day number with no month of its own: the "15" of "15 al 30 de diciembre", the "19" of "19 y 20 de mayo". */
function isBareDay(tokens: readonly ScheduleToken[], index: number): boolean {
  const token = tokens[index];
  return isDayNumber(token) && readDayFirst(tokens, index, token.value) === null;
}

/**
 * Days that share the month written after the last of them: a range inside one month ("15 al 30
 * de diciembre de 2025", "22 al 28 de abril") or several days ("19 y 20 de mayo", "5, 12 y 19 de
 * junio"), each of which is a due date. Null when the cell does not start that way.
 */
function readDaysOfOneMonth(tokens: readonly ScheduleToken[], index: number): Read<DateSegment[]> | null {
  if (!isBareDay(tokens, index)) return null;
  const days: number[] = [];
  let next = index;
  while (isBareDay(tokens, next)) {
    const token = tokens[next];
    if (token?.kind === 'number') days.push(token.value);
    next = skipWords(tokens, next + 1, LIST_WORDS);
  }
  if (days.length === 1 && isWordIn(tokens[next], RANGE_WORDS)) {
    const to = readWrittenDate(tokens, skipWords(tokens, next + 1, FILLER_WORDS));
    if (to === null || to.value.day === null) return null;
    const from = { ...to.value, day: days[0] ?? null };
    return { value: [{ kind: 'range', from, to: to.value }], next: to.next };
  }
  const last = tokens[next];
  if (!isDayNumber(last)) return null;
  const end = readDayFirst(tokens, next, last.value);
  if (end === null) return null;
  const singles = days.map((day): DateSegment => ({ kind: 'single', date: { ...end.value, day } }));
  return { value: [...singles, { kind: 'single', date: end.value }], next: end.next };
}

/**
 * Reads the dates and ranges a cell lists, in the order written. Any word the grammar does not
 * know makes the whole cell unreadable: a misread due date is worse than asking the user.
 */
export function readDateSegments(tokens: readonly ScheduleToken[]): DateSegment[] | null {
  const segments: DateSegment[] = [];
  let index = skipWords(tokens, 0, FILLER_WORDS);
  while (index < tokens.length) {
    const segment = readSegment(tokens, index);
    if (segment === null) return null;
    segments.push(...segment.value);
    index = skipWords(tokens, segment.next, FILLER_WORDS);
  }
  return segments.length > 0 ? segments : null;
}
