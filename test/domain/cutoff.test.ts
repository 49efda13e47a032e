import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar/index.js';
import {
  type CutoffSchedule,
  cutoffDatesInYear,
  cutoffOnOrBefore,
  cutoffStatus,
  DEFAULT_CUTOFF_DATES,
  PUBLICATION_BUSINESS_DAYS,
  publicationDeadline,
} from '../../src/domain/cutoff.js';

const calendar = createCalendar();
const schedule: CutoffSchedule = { dates: DEFAULT_CUTOFF_DATES, publicationBusinessDays: PUBLICATION_BUSINESS_DAYS };

describe('publicationDeadline: ten business days after each cut-off, Colombian holidays skipped', () => {
  it.each([
    // Tue 30 Apr 2024: Wed 1 May (Día del Trabajo) and Mon 13 May (Ascensión) are holidays.
    ['2024-04-30', '2024-05-16'],
    // Sat 31 Aug 2024: counting starts on Mon 2 Sep; no holidays until 14 Oct.
    ['2024-08-31', '2024-09-13'],
    // Tue 31 Dec 2024: Wed 1 Jan and Mon 6 Jan 2025 (Reyes Magos) are holidays.
    ['2024-12-31', '2025-01-16'],
    // Wed 30 Apr 2025: Thu 1 May is a holiday; Ascensión moves to 2 Jun, after the deadline.
    ['2025-04-30', '2025-05-15'],
    // Sun 31 Aug 2025: Mon 1 Sep is the first of the ten.
    ['2025-08-31', '2025-09-12'],
    // Wed 31 Dec 2025: Thu 1 Jan and Mon 12 Jan 2026 (Reyes Magos, moved from Tue 6 Jan) are holidays.
    ['2025-12-31', '2026-01-16'],
  ])('cut-off %s → publish by %s', (cutoff, deadline) => {
    expect(publicationDeadline(calendar, cutoff, PUBLICATION_BUSINESS_DAYS)).toBe(deadline);
  });

  it('skips a day off the municipality decrees (EXTRA_HOLIDAYS)', () => {
    const withCivicDay = createCalendar({ extraHolidays: ['2024-09-06'] });
    expect(publicationDeadline(withCivicDay, '2024-08-31', 10)).toBe('2024-09-16');
  });
});

describe('cutoffStatus: the cut-off on or before --at, and the countdown from --at', () => {
  it.each([
    // at            cut-off        period start   deadline       business days left
    ['2024-08-31', '2024-08-31', '2024-05-01', '2024-09-13', 10], // the cut-off itself, a Saturday
    ['2024-09-02', '2024-08-31', '2024-05-01', '2024-09-13', 9], // Mon 2 Sep counts as the first day run
    ['2024-09-05', '2024-08-31', '2024-05-01', '2024-09-13', 6],
    ['2024-09-13', '2024-08-31', '2024-05-01', '2024-09-13', 0], // the deadline: publish today
    ['2024-09-16', '2024-08-31', '2024-05-01', '2024-09-13', -1], // one business day late
    ['2024-05-01', '2024-04-30', '2024-01-01', '2024-05-16', 10], // 1 May is itself a holiday
    ['2024-04-29', '2023-12-31', '2023-09-01', '2024-01-16', -71], // before the year's first cut-off: last year's (Jan 17–Apr 29, Semana Santa off)
    ['2025-01-15', '2024-12-31', '2024-09-01', '2025-01-16', 1],
  ])('at %s → cut-off %s (since %s), deadline %s, %i left', (at, date, periodStart, deadline, left) => {
    expect(cutoffStatus(calendar, schedule, at)).toEqual({ at, date, periodStart, deadline, businessDaysLeft: left });
  });

  it('follows the configured dates, in any order', () => {
    const quarterly = { dates: ['12-31', '06-30', '03-31', '09-30'], publicationBusinessDays: 5 };
    // Sun 30 Jun 2024: Mon 1 Jul is San Pedro y San Pablo, so the five days are 2–8 Jul.
    expect(cutoffStatus(calendar, quarterly, '2024-07-01')).toMatchObject({
      date: '2024-06-30',
      periodStart: '2024-04-01',
      deadline: '2024-07-08',
      businessDaysLeft: 5,
    });
  });

  it('with one yearly cut-off, the period is the year before it', () => {
    const yearly = { dates: ['12-31'], publicationBusinessDays: 10 };
    expect(cutoffStatus(calendar, yearly, '2025-01-02')).toMatchObject({
      date: '2024-12-31',
      periodStart: '2024-01-01',
    });
  });

  it('has nothing to report without cut-off dates', () => {
    expect(cutoffStatus(calendar, { dates: [], publicationBusinessDays: 10 }, '2024-09-05')).toBeNull();
  });
});

describe('cutoffDatesInYear and cutoffOnOrBefore', () => {
  it('puts a 29 February cut-off on the last day of February in common years', () => {
    expect(cutoffDatesInYear(['02-29', '08-31'], 2024)).toEqual(['2024-02-29', '2024-08-31']);
    expect(cutoffDatesInYear(['02-29', '08-31'], 2025)).toEqual(['2025-02-28', '2025-08-31']);
  });

  it('rejects a date that exists in no year', () => {
    expect(() => cutoffDatesInYear(['02-30'], 2024)).toThrow(RangeError);
  });

  it('crosses the year boundary backwards', () => {
    expect(cutoffOnOrBefore(DEFAULT_CUTOFF_DATES, '2025-01-01')).toBe('2024-12-31');
    expect(cutoffOnOrBefore(DEFAULT_CUTOFF_DATES, '2024-12-31')).toBe('2024-12-31');
    expect(cutoffOnOrBefore(DEFAULT_CUTOFF_DATES, '2024-12-30')).toBe('2024-08-31');
  });
});
