import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysToIso,
  isoToDays,
  onOrAfterMonday,
  parseIsoDate,
  weekdayOf,
} from '../../../src/domain/calendar/isoDate.js';

const MS_PER_DAY = 86_400_000;

describe('IsoDate day arithmetic', () => {
  it('agrees with the platform UTC calendar on dates and weekdays from year 1000 to 9900', () => {
    for (let days = -354_000; days < 2_900_000; days += 311) {
      const reference = new Date(days * MS_PER_DAY);
      expect(daysToIso(days)).toBe(reference.toISOString().slice(0, 10));
      expect(weekdayOf(days)).toBe(reference.getUTCDay());
      expect(isoToDays(daysToIso(days))).toBe(days);
    }
  });

  it('knows leap days', () => {
    expect(civilFromDays(isoToDays('2024-02-28') + 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(daysToIso(isoToDays('2100-02-28') + 1)).toBe('2100-03-01');
    expect(daysToIso(isoToDays('2000-02-28') + 1)).toBe('2000-02-29');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T00:00', '', '05/01/2026'])(
    'rejects %j',
    (text) => {
      expect(() => parseIsoDate(text)).toThrow(RangeError);
    },
  );

  it.each([
    ['2026-07-09', '2026-07-13'], // Thursday
    ['2029-07-09', '2029-07-09'], // already a Monday: stays
    ['2027-08-15', '2027-08-16'], // Sunday: the very next day
    ['2026-11-01', '2026-11-02'],
  ])('moves %s to Monday %s', (iso, monday) => {
    expect(daysToIso(onOrAfterMonday(isoToDays(iso)))).toBe(monday);
  });
});
