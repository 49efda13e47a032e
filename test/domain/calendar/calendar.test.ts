import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  createCalendar,
  EXTRA_HOLIDAY_NAME,
  holidayName,
  holidaysInYear,
  isBusinessDay,
  nextBusinessDay,
  onOrAfterBusinessDay,
  onOrBeforeBusinessDay,
  previousBusinessDay,
} from '../../../src/domain/calendar/index.js';

const calendar = createCalendar();

describe('isBusinessDay', () => {
  it.each([
    ['2026-03-20', true, 'Friday'],
    ['2026-03-21', false, 'Saturday'],
    ['2026-03-22', false, 'Sunday'],
    ['2026-03-23', false, 'San José moved to Monday'],
    ['2026-03-19', true, 'San José itself, a Thursday, is worked because its rest moved'],
    ['2026-04-02', false, 'Jueves Santo'],
    ['2026-04-03', false, 'Viernes Santo'],
    ['2026-07-09', true, 'Chiquinquirá itself, a Thursday'],
    ['2026-07-13', false, 'Chiquinquirá moved to Monday'],
    ['2025-07-14', true, 'a Monday in July before Ley 2578'],
    ['2026-07-20', false, 'Independencia, never moved'],
  ])('%s → %s (%s)', (iso, expected) => {
    expect(isBusinessDay(calendar, iso)).toBe(expected);
  });
});

describe('stepping to business days', () => {
  it.each([
    // [from, next (strictly after), previous (strictly before), on or after, on or before, case]
    ['2025-10-03', '2025-10-06', '2025-10-02', '2025-10-03', '2025-10-03', 'Friday'],
    ['2025-10-04', '2025-10-06', '2025-10-03', '2025-10-06', '2025-10-03', 'Saturday'],
    ['2025-10-05', '2025-10-06', '2025-10-03', '2025-10-06', '2025-10-03', 'Sunday'],
    ['2025-10-06', '2025-10-07', '2025-10-03', '2025-10-06', '2025-10-06', 'Monday'],
    ['2025-10-10', '2025-10-14', '2025-10-09', '2025-10-10', '2025-10-10', 'Friday before Día de la Raza'],
    ['2025-10-13', '2025-10-14', '2025-10-10', '2025-10-14', '2025-10-10', 'Día de la Raza, a Monday'],
    ['2026-04-01', '2026-04-06', '2026-03-31', '2026-04-01', '2026-04-01', 'Wednesday of Semana Santa'],
    ['2026-04-02', '2026-04-06', '2026-04-01', '2026-04-06', '2026-04-01', 'Jueves Santo'],
    ['2026-04-05', '2026-04-06', '2026-04-01', '2026-04-06', '2026-04-01', 'Easter Sunday'],
    ['2026-07-10', '2026-07-14', '2026-07-09', '2026-07-10', '2026-07-10', 'Friday before Chiquinquirá'],
    ['2025-12-31', '2026-01-02', '2025-12-30', '2025-12-31', '2025-12-31', '31 Dec (Wed) → 2 Jan (Fri)'],
    ['2026-01-01', '2026-01-02', '2025-12-31', '2026-01-02', '2025-12-31', 'Año Nuevo'],
    ['2026-12-31', '2027-01-04', '2026-12-30', '2026-12-31', '2026-12-31', '31 Dec (Thu) → over 1 Jan and a weekend'],
    ['2028-01-01', '2028-01-03', '2027-12-31', '2028-01-03', '2027-12-31', 'Año Nuevo on a Saturday'],
  ])('%s: next %s, previous %s, on/after %s, on/before %s (%s)', (iso, next, previous, onOrAfter, onOrBefore) => {
    expect(nextBusinessDay(calendar, iso)).toBe(next);
    expect(previousBusinessDay(calendar, iso)).toBe(previous);
    expect(onOrAfterBusinessDay(calendar, iso)).toBe(onOrAfter);
    expect(onOrBeforeBusinessDay(calendar, iso)).toBe(onOrBefore);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2025-10-03', 1, '2025-10-06', 'Friday + 1 skips the weekend'],
    ['2025-10-04', 1, '2025-10-06', 'from a Saturday, + 1 is Monday'],
    ['2025-10-06', -1, '2025-10-03', 'Monday − 1 skips the weekend'],
    ['2025-10-04', -1, '2025-10-03', 'from a Saturday, − 1 is Friday'],
    ['2025-10-04', 0, '2025-10-04', 'zero leaves the day alone, even on a weekend'],
    ['2025-10-10', 1, '2025-10-14', 'over the Día de la Raza long weekend'],
    ['2026-03-31', 2, '2026-04-06', 'across Semana Santa'],
    ['2026-04-06', -2, '2026-03-31', 'back across Semana Santa'],
    ['2026-03-20', 10, '2026-04-08', 'San José and Semana Santa in the same fortnight'],
    ['2025-12-24', 5, '2026-01-02', 'over Navidad, the new year and into January'],
    ['2026-01-02', -5, '2025-12-24', 'back over the new year'],
    ['2026-12-30', 2, '2027-01-04', 'into a year whose 1 Jan is a Friday'],
  ])('%s, %i → %s (%s)', (iso, n, expected) => {
    expect(addBusinessDays(calendar, iso, n)).toBe(expected);
  });

  it('needs a whole number of days', () => {
    expect(() => addBusinessDays(calendar, '2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addBusinessDays(calendar, '2026-01-05', Number.NaN)).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['2026-01-05', '2026-01-05', 0, 'the same day'],
    ['2026-01-05', '2026-01-06', 1, 'Monday to Tuesday'],
    ['2025-10-03', '2025-10-06', 1, 'Friday to Monday'],
    ['2025-10-03', '2025-10-05', 0, 'Friday to Sunday: the weekend does not count'],
    ['2025-10-04', '2025-10-06', 1, 'Saturday to Monday: the end counts, the start does not'],
    ['2026-03-31', '2026-04-14', 8, 'two weeks over Semana Santa'],
    ['2025-12-31', '2026-01-02', 1, 'over Año Nuevo'],
    ['2026-04-14', '2026-03-31', -8, 'backwards'],
    ['2026-01-01', '2026-12-31', 242, 'the rest of 2026: 364 days − 104 weekend days − 18 weekday holidays'],
  ])('(%s, %s] → %i (%s)', (from, to, expected) => {
    expect(businessDaysBetween(calendar, from, to)).toBe(expected);
  });

  it('undoes addBusinessDays for every business day of 2026 and up to 20 días hábiles', () => {
    for (const from of businessDaysOf2026()) {
      for (let n = -20; n <= 20; n++) {
        const to = addBusinessDays(calendar, from, n);
        expect(isBusinessDay(calendar, to)).toBe(true);
        expect(businessDaysBetween(calendar, from, to)).toBe(n);
      }
    }
  });
});

describe('createCalendar options', () => {
  it('adds extraHolidays from configuration', () => {
    // A hypothetical "día cívico" decreed for the Monday of Semana Santa.
    const withCivicDay = createCalendar({ extraHolidays: ['2026-03-30'] });
    expect(isBusinessDay(withCivicDay, '2026-03-30')).toBe(false);
    expect(holidayName(withCivicDay, '2026-03-30')).toBe(EXTRA_HOLIDAY_NAME);
    expect(nextBusinessDay(withCivicDay, '2026-03-27')).toBe('2026-03-31');
    expect(addBusinessDays(withCivicDay, '2026-03-27', 2)).toBe('2026-04-01');
    expect(businessDaysBetween(withCivicDay, '2026-03-27', '2026-04-06')).toBe(3);
    expect(holidaysInYear(withCivicDay, 2026).map((holiday) => holiday.date)).toContain('2026-03-30');
    expect(holidaysInYear(withCivicDay, 2025)).toEqual(holidaysInYear(calendar, 2025));
    // The default calendar is untouched.
    expect(nextBusinessDay(calendar, '2026-03-27')).toBe('2026-03-30');
  });

  it('keeps the law name when an extra holiday is already a holiday', () => {
    const redundant = createCalendar({ extraHolidays: ['2026-07-13'] });
    expect(holidayName(redundant, '2026-07-13')).toBe('Día de Nuestra Señora del Rosario de Chiquinquirá');
  });

  it('turns removedHolidays back into business days', () => {
    const withoutChiquinquira = createCalendar({ removedHolidays: ['2026-07-13'] });
    expect(isBusinessDay(withoutChiquinquira, '2026-07-13')).toBe(true);
    expect(holidayName(withoutChiquinquira, '2026-07-13')).toBeNull();
    expect(holidaysInYear(withoutChiquinquira, 2026)).toHaveLength(18);
  });

  it('accepts its own rules', () => {
    const onlyChristmas = createCalendar({
      rules: [{ name: 'Navidad', kind: 'fixed', month: 12, day: 25, since: 1984, law: 'Ley 51 de 1983' }],
    });
    expect(holidaysInYear(onlyChristmas, 2026)).toEqual([{ date: '2026-12-25', name: 'Navidad' }]);
    expect(isBusinessDay(onlyChristmas, '2026-04-02')).toBe(true);
  });

  it('rejects configuration it cannot honour', () => {
    expect(() => createCalendar({ extraHolidays: ['2026-02-30'] })).toThrow(RangeError);
    expect(() => createCalendar({ removedHolidays: ['13/07/2026'] })).toThrow(RangeError);
    expect(() => createCalendar({ extraHolidays: ['2026-03-30'], removedHolidays: ['2026-03-30'] })).toThrow(
      RangeError,
    );
  });

  it('computes each year once', () => {
    const memoised = createCalendar();
    expect(memoised.holidayMap(2026)).toBe(memoised.holidayMap(2026));
  });
});

describe('holidayName', () => {
  it.each([
    ['2026-07-13', 'Día de Nuestra Señora del Rosario de Chiquinquirá'],
    ['2025-06-30', 'Sagrado Corazón de Jesús / San Pedro y San Pablo'],
    ['2026-04-05', null],
    ['2026-03-19', null],
  ])('%s → %s', (iso, expected) => {
    expect(holidayName(calendar, iso)).toBe(expected);
  });

  it('rejects a malformed date instead of guessing', () => {
    expect(() => holidayName(calendar, '2026-7-13')).toThrow(RangeError);
    expect(() => isBusinessDay(calendar, '2026-02-29')).toThrow(RangeError);
  });
});

function businessDaysOf2026(): string[] {
  const days: string[] = [];
  for (
    let day = onOrAfterBusinessDay(calendar, '2026-01-01');
    day < '2027-01-01';
    day = nextBusinessDay(calendar, day)
  ) {
    days.push(day);
  }
  return days;
}
