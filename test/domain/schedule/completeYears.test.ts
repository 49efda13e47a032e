import { describe, expect, it } from 'vitest';
import { completeYears, type DatedDate } from '../../../src/domain/schedule/completeYears.js';
import type { DateSegment, WrittenDate } from '../../../src/domain/schedule/readDateSegments.js';

const on = (day: number | null, month: number, year: number | null = null): WrittenDate => ({ year, month, day });
const dated = (day: number | null, month: number, year: number): DatedDate => ({ year, month, day });

describe('completeYears', () => {
  it.each<[string, DateSegment[], number | undefined, DateSegment<DatedDate>[] | null]>([
    [
      'years already written',
      [{ kind: 'single', date: on(15, 7 /* Jul */, 2024) }],
      2030,
      [{ kind: 'single', date: dated(15, 7, 2024) }],
    ],
    [
      'the year written once at the end, carried back',
      [
        { kind: 'single', date: on(15, 3 /* Mar */) },
        { kind: 'single', date: on(15, 7 /* Jul */) },
        { kind: 'single', date: on(15, 11 /* Nov */, 2025) },
      ],
      undefined,
      [
        { kind: 'single', date: dated(15, 3, 2025) },
        { kind: 'single', date: dated(15, 7, 2025) },
        { kind: 'single', date: dated(15, 11, 2025) },
      ],
    ],
    [
      'a date later in the year than the next one belongs to the year before',
      [
        { kind: 'single', date: on(15, 12 /* Dec */) },
        { kind: 'single', date: on(15, 1 /* Jan */, 2025) },
      ],
      undefined,
      [
        { kind: 'single', date: dated(15, 12, 2024) },
        { kind: 'single', date: dated(15, 1, 2025) },
      ],
    ],
    [
      'same month, later day: the year before',
      [{ kind: 'range', from: on(20, 3 /* Mar */), to: on(10, 3 /* Mar */, 2025) }],
      undefined,
      [{ kind: 'range', from: dated(20, 3, 2024), to: dated(10, 3, 2025) }],
    ],
    [
      'a bare month ties with any day of that month',
      [{ kind: 'range', from: on(null, 6 /* Jun */), to: on(15, 6 /* Jun */, 2025) }],
      undefined,
      [{ kind: 'range', from: dated(null, 6, 2025), to: dated(15, 6, 2025) }],
    ],
    [
      'the default year when nothing later carries one',
      [
        { kind: 'single', date: on(15, 3 /* Mar */, 2026) },
        { kind: 'single', date: on(15, 7 /* Jul */) },
      ],
      2025,
      [
        { kind: 'single', date: dated(15, 3, 2026) },
        { kind: 'single', date: dated(15, 7, 2025) },
      ],
    ],
    ['no year anywhere and no default', [{ kind: 'single', date: on(1, 7 /* Jul */) }], undefined, null],
    [
      'no year after the last explicit one and no default',
      [
        { kind: 'single', date: on(15, 7 /* Jul */, 2024) },
        { kind: 'single', date: on(15, 12 /* Dec */) },
      ],
      undefined,
      null,
    ],
  ])('%s', (_, segments, defaultYear, expected) => {
    expect(completeYears(segments, defaultYear)).toEqual(expected);
  });
});
