import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareIso,
  daysBetween,
  formatLongDate,
  formatShortDate,
  isoDate,
  isoDateInZone,
  isoParts,
  isValidCalendarDate,
  isValidIsoDate,
  lastDayOfMonth,
  weekday,
} from '../../src/domain/dates.js';

describe('isoDate', () => {
  it.each([
    [2024, 7 /* Jul */, 15, '2024-07-15'],
    [2024, 2 /* Feb */, 29, '2024-02-29'],
    [2025, 12 /* Dec */, 31, '2025-12-31'],
    [987, 1 /* Jan */, 5, '0987-01-05'],
  ])('isoDate(%i, %i, %i) is %s', (year, month, day, expected) => {
    expect(isoDate(year, month, day)).toBe(expected);
  });

  it.each([
    [2025, 2 /* Feb */, 29],
    [2025, 2 /* Feb */, 31],
    [2025, 4 /* Apr */, 31],
    [2025, 13, 1],
    [2025, 0, 1],
    [2025, 1 /* Jan */, 0],
    [2025, 1.5, 1],
  ])('throws for the non-existent day %i-%i-%i instead of rolling over', (year, month, day) => {
    expect(() => isoDate(year, month, day)).toThrow(RangeError);
  });
});

describe('isValidCalendarDate', () => {
  it.each([
    [2024, 2 /* Feb */, 29, true],
    [2025, 2 /* Feb */, 29, false],
    [1900, 2 /* Feb */, 29, false],
    [2000, 2 /* Feb */, 29, true],
    [2025, 6 /* Jun */, 30, true],
    [2025, 6 /* Jun */, 31, false],
    [0, 1 /* Jan */, 1, false],
  ])('%i-%i-%i → %s', (year, month, day, expected) => {
    expect(isValidCalendarDate(year, month, day)).toBe(expected);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00:00Z', false],
    [' 2025-01-01', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe('isoParts', () => {
  it('splits a date into numbers', () => {
    expect(isoParts('2024-07-15')).toEqual({ year: 2024, month: 7, day: 15 });
  });

  it('throws on text that is not an IsoDate', () => {
    expect(() => isoParts('15/07/2024')).toThrow(RangeError);
  });
});

describe('lastDayOfMonth', () => {
  it.each([
    [2024, 2 /* Feb */, '2024-02-29'],
    [2025, 2 /* Feb */, '2025-02-28'],
    [2025, 4 /* Apr */, '2025-04-30'],
    [2025, 12 /* Dec */, '2025-12-31'],
  ])('lastDayOfMonth(%i, %i) is %s', (year, month, expected) => {
    expect(lastDayOfMonth(year, month)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-07-15', 1, '2024-07-16'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-03-10', 0, '2024-03-10'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('addDays(%s, %i) is %s', (iso, amount, expected) => {
    expect(addDays(iso, amount)).toBe(expected);
  });
});

describe('compareIso', () => {
  it.each([
    ['2024-07-15', '2024-07-16', -1],
    ['2024-07-16', '2024-07-15', 1],
    ['2024-07-15', '2024-07-15', 0],
    ['2024-12-31', '2025-01-01', -1],
  ])('compareIso(%s, %s) is %i', (a, b, expected) => {
    expect(compareIso(a, b)).toBe(expected);
  });

  it('sorts dates', () => {
    expect(['2025-01-01', '2024-12-31', '2024-06-30'].sort(compareIso)).toEqual([
      '2024-06-30',
      '2024-12-31',
      '2025-01-01',
    ]);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-07-15', '2024-07-16', 1],
    ['2024-07-16', '2024-07-15', -1],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-06-05', '2024-12-31', 209],
    ['2024-03-09', '2024-03-11', 2],
  ])('daysBetween(%s, %s) is %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4], // Thursday
    ['2024-07-15', 1], // Monday
    ['2024-07-14', 0], // Sunday
    ['2024-12-28', 6], // Saturday
    ['2025-01-01', 3], // Wednesday
    ['1969-12-31', 3], // Wednesday, before the epoch
  ])('weekday(%s) is %i', (iso, expected) => {
    expect(weekday(iso)).toBe(expected);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2024-07-15', '15 de julio de 2024'],
    ['2025-01-01', '1 de enero de 2025'],
    ['2025-09-30', '30 de septiembre de 2025'],
    ['2024-12-31', '31 de diciembre de 2024'],
  ])('formatLongDate(%s) is %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2024-07-15', '15 jul 2024'],
    ['2025-01-01', '1 ene 2025'],
    ['2025-09-30', '30 sep 2025'],
    ['2024-12-31', '31 dic 2024'],
  ])('formatShortDate(%s) is %s', (iso, expected) => {
    expect(formatShortDate(iso)).toBe(expected);
  });
});

describe('isoDateInZone', () => {
  it.each([
    // Bogotá is UTC−5 all year: 03:00 UTC is still the evening before there.
    ['2024-07-16T03:00:00Z', undefined, '2024-07-15'],
    ['2024-07-16T05:00:00Z', undefined, '2024-07-16'],
    ['2025-01-01T04:59:59Z', undefined, '2024-12-31'],
    ['2025-01-01T05:00:00Z', undefined, '2025-01-01'],
    ['2024-07-16T03:00:00Z', 'UTC', '2024-07-16'],
    ['2024-07-15T23:00:00Z', 'Asia/Tokyo', '2024-07-16'],
  ])('isoDateInZone(%s, %s) is %s', (instant, timeZone, expected) => {
    expect(isoDateInZone(new Date(instant), timeZone)).toBe(expected);
  });

  // Asked in this order, each right after the one before: the answer kept for the last local hour
  // must never outlive a midnight, an offset change, a clock set back or a change of zone.
  it.each([
    ['2024-07-16T04:00:00.000Z', 'America/Bogota', '2024-07-15'],
    ['2024-07-16T04:59:59.999Z', 'America/Bogota', '2024-07-15'],
    ['2024-07-16T05:00:00.000Z', 'America/Bogota', '2024-07-16'],
    ['2024-07-16T04:59:59.999Z', 'America/Bogota', '2024-07-15'],
    ['2024-07-16T04:59:59.999Z', 'UTC', '2024-07-16'],
    // India is UTC+5:30: its midnight falls on the half hour in UTC.
    ['2024-07-15T18:29:59.999Z', 'Asia/Kolkata', '2024-07-15'],
    ['2024-07-15T18:30:00.000Z', 'Asia/Kolkata', '2024-07-16'],
    // Chile springs forward at midnight (00:00 → 01:00) and falls back at midnight (24:00 → 23:00).
    ['2024-09-08T03:30:00.000Z', 'America/Santiago', '2024-09-07'],
    ['2024-09-08T04:00:00.000Z', 'America/Santiago', '2024-09-08'],
    ['2024-04-07T02:30:00.000Z', 'America/Santiago', '2024-04-06'],
    ['2024-04-07T03:30:00.000Z', 'America/Santiago', '2024-04-06'],
    ['2024-04-07T04:00:00.000Z', 'America/Santiago', '2024-04-07'],
  ])('in sequence: isoDateInZone(%s, %s) is %s', (instant, timeZone, expected) => {
    expect(isoDateInZone(new Date(instant), timeZone)).toBe(expected);
  });
});
