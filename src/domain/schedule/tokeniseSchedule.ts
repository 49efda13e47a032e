import { SPANISH_MONTH_NAMES } from '../dates.js';

/**
 * - date: a numeric date ("30/04/2025", "2025-08-31"); no year for "30/04".
 * - number: digits as written, their count telling a day ("15") from a year ("2024").
 * - month: a month name or abbreviation, 1 = January.
 * - word: any other word, for the grammar to accept or reject.
 */
export type ScheduleToken =
  | { kind: 'date'; year: number | null; month: number; day: number }
  | { kind: 'number'; value: number; digits: number }
  | { kind: 'month'; month: number }
  | { kind: 'word'; word: string };

const MONTH_BY_WORD = new Map<string, number>([
  ...SPANISH_MONTH_NAMES.flatMap((name, index): [string, number][] => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
  ]),
  ['sept', 9],
  ['set', 9],
]);

/** Two-digit years in numeric dates ("30/04/25") can only mean this century in a current plan. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

interface TokenReader {
  /** Sticky, so it only matches where the scan stands. */
  pattern: RegExp;
  read(match: RegExpExecArray): ScheduleToken;
}

// Tried in order: numeric dates before bare numbers, so their "/" and "-" are not taken for separators.
const READERS: TokenReader[] = [
  {
    pattern: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y,
    read: (m) => ({ kind: 'date', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // Colombia writes day first.
    pattern: /(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y,
    read: (m) => ({ kind: 'date', year: fullYear(m[4] ?? ''), month: Number(m[3]), day: Number(m[1]) }),
  },
  {
    pattern: /(\d{1,2})\/(\d{1,2})(?![\d/])/y,
    read: (m) => ({ kind: 'date', year: null, month: Number(m[2]), day: Number(m[1]) }),
  },
  {
    pattern: /\d+/y,
    read: (m) => ({ kind: 'number', value: Number(m[0]), digits: m[0].length }),
  },
  {
    pattern: /[a-z]+/y,
    read: (m) => {
      const month = MONTH_BY_WORD.get(m[0]);
      return month === undefined ? { kind: 'word', word: m[0] } : { kind: 'month', month };
    },
  },
];

function readTokenAt(text: string, position: number): { token: ScheduleToken; end: number } | null {
  for (const { pattern, read } of READERS) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match !== null) return { token: read(match), end: pattern.lastIndex };
  }
  return null;
}

/**
 * Splits normalised text into tokens. Anything no reader takes (spaces, commas, ";", "-", line
 * breaks, dots after abbreviations) only separates tokens: the grammar decides what a list is.
 */
export function tokeniseSchedule(normalised: string): ScheduleToken[] {
  const tokens: ScheduleToken[] = [];
  let position = 0;
  while (position < normalised.length) {
    const hit = readTokenAt(normalised, position);
    if (hit === null) {
      position += 1;
    } else {
      tokens.push(hit.token);
      position = hit.end;
    }
  }
  return tokens;
}
