import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  COLOMBIAN_HOLIDAY_RULES,
  createCalendar,
  type HolidayRule,
  holidayDateInYear,
  holidaysInYear,
} from '../../../src/domain/calendar/index.js';

const calendar = createCalendar();

describe('Colombian holidays against date-holidays', () => {
  const library = new Holidays('CO');

  // Since 3.37.0 date-holidays has "monday after 07-09 since 2026" for Ley 2578 de 2026 (its PR #627), so the two
  // agree on the Chiquinquirá holiday too. Should a version disagree, the law wins: art. 6 makes 9 July a national
  // holiday under Ley 51 de 1983, which the government applied by resting on Monday 13 July 2026.
  it.each(Array.from({ length: 12 }, (_, i) => 2024 + i))('%i has the same dates', (year) => {
    const expected = library
      .getHolidays(year)
      // date-holidays lists Easter Sunday as a public holiday; it is a Sunday anyway and no law names it.
      .filter((holiday) => holiday.type === 'public' && holiday.rule !== 'easter')
      .map((holiday) => holiday.date.slice(0, 10));
    expect(holidaysInYear(calendar, year).map((holiday) => holiday.date)).toEqual([...new Set(expected)]);
  });
});

describe('Colombian holidays, written out', () => {
  it('2024', () => {
    expect(holidaysInYear(calendar, 2024)).toEqual([
      { date: '2024-01-01', name: 'Año Nuevo' }, // enero
      { date: '2024-01-08', name: 'Día de los Reyes Magos' }, // enero
      { date: '2024-03-25', name: 'Día de San José' }, // marzo
      { date: '2024-03-28', name: 'Jueves Santo' }, // marzo
      { date: '2024-03-29', name: 'Viernes Santo' }, // marzo
      { date: '2024-05-01', name: 'Día del Trabajo' }, // mayo
      { date: '2024-05-13', name: 'Ascensión del Señor' }, // mayo
      { date: '2024-06-03', name: 'Corpus Christi' }, // junio
      { date: '2024-06-10', name: 'Sagrado Corazón de Jesús' }, // junio
      { date: '2024-07-01', name: 'San Pedro y San Pablo' }, // julio
      { date: '2024-07-20', name: 'Día de la Independencia' }, // julio (sábado)
      { date: '2024-08-07', name: 'Batalla de Boyacá' }, // agosto
      { date: '2024-08-19', name: 'Asunción de la Virgen' }, // agosto
      { date: '2024-10-14', name: 'Día de la Raza' }, // octubre
      { date: '2024-11-04', name: 'Día de Todos los Santos' }, // noviembre
      { date: '2024-11-11', name: 'Independencia de Cartagena' }, // noviembre
      { date: '2024-12-08', name: 'Inmaculada Concepción' }, // diciembre (domingo)
      { date: '2024-12-25', name: 'Navidad' }, // diciembre
    ]);
  });

  it('2025', () => {
    expect(holidaysInYear(calendar, 2025)).toEqual([
      { date: '2025-01-01', name: 'Año Nuevo' }, // enero
      { date: '2025-01-06', name: 'Día de los Reyes Magos' }, // enero (ya es lunes)
      { date: '2025-03-24', name: 'Día de San José' }, // marzo
      { date: '2025-04-17', name: 'Jueves Santo' }, // abril
      { date: '2025-04-18', name: 'Viernes Santo' }, // abril
      { date: '2025-05-01', name: 'Día del Trabajo' }, // mayo
      { date: '2025-06-02', name: 'Ascensión del Señor' }, // junio
      { date: '2025-06-23', name: 'Corpus Christi' }, // junio
      { date: '2025-06-30', name: 'Sagrado Corazón de Jesús / San Pedro y San Pablo' }, // junio: both on one Monday
      { date: '2025-07-20', name: 'Día de la Independencia' }, // julio (domingo)
      { date: '2025-08-07', name: 'Batalla de Boyacá' }, // agosto
      { date: '2025-08-18', name: 'Asunción de la Virgen' }, // agosto
      { date: '2025-10-13', name: 'Día de la Raza' }, // octubre
      { date: '2025-11-03', name: 'Día de Todos los Santos' }, // noviembre
      { date: '2025-11-17', name: 'Independencia de Cartagena' }, // noviembre
      { date: '2025-12-08', name: 'Inmaculada Concepción' }, // diciembre
      { date: '2025-12-25', name: 'Navidad' }, // diciembre
    ]);
  });

  it('2026, the first year of Ley 2578', () => {
    expect(holidaysInYear(calendar, 2026)).toEqual([
      { date: '2026-01-01', name: 'Año Nuevo' }, // enero
      { date: '2026-01-12', name: 'Día de los Reyes Magos' }, // enero
      { date: '2026-03-23', name: 'Día de San José' }, // marzo
      { date: '2026-04-02', name: 'Jueves Santo' }, // abril
      { date: '2026-04-03', name: 'Viernes Santo' }, // abril
      { date: '2026-05-01', name: 'Día del Trabajo' }, // mayo
      { date: '2026-05-18', name: 'Ascensión del Señor' }, // mayo
      { date: '2026-06-08', name: 'Corpus Christi' }, // junio
      { date: '2026-06-15', name: 'Sagrado Corazón de Jesús' }, // junio
      { date: '2026-06-29', name: 'San Pedro y San Pablo' }, // junio
      { date: '2026-07-13', name: 'Día de Nuestra Señora del Rosario de Chiquinquirá' }, // julio
      { date: '2026-07-20', name: 'Día de la Independencia' }, // julio
      { date: '2026-08-07', name: 'Batalla de Boyacá' }, // agosto
      { date: '2026-08-17', name: 'Asunción de la Virgen' }, // agosto
      { date: '2026-10-12', name: 'Día de la Raza' }, // octubre
      { date: '2026-11-02', name: 'Día de Todos los Santos' }, // noviembre
      { date: '2026-11-16', name: 'Independencia de Cartagena' }, // noviembre
      { date: '2026-12-08', name: 'Inmaculada Concepción' }, // diciembre
      { date: '2026-12-25', name: 'Navidad' }, // diciembre
    ]);
  });

  it('2027', () => {
    expect(holidaysInYear(calendar, 2027)).toEqual([
      { date: '2027-01-01', name: 'Año Nuevo' }, // enero
      { date: '2027-01-11', name: 'Día de los Reyes Magos' }, // enero
      { date: '2027-03-22', name: 'Día de San José' }, // marzo
      { date: '2027-03-25', name: 'Jueves Santo' }, // marzo
      { date: '2027-03-26', name: 'Viernes Santo' }, // marzo
      { date: '2027-05-01', name: 'Día del Trabajo' }, // mayo (sábado)
      { date: '2027-05-10', name: 'Ascensión del Señor' }, // mayo
      { date: '2027-05-31', name: 'Corpus Christi' }, // mayo
      { date: '2027-06-07', name: 'Sagrado Corazón de Jesús' }, // junio
      { date: '2027-07-05', name: 'San Pedro y San Pablo' }, // julio
      { date: '2027-07-12', name: 'Día de Nuestra Señora del Rosario de Chiquinquirá' }, // julio
      { date: '2027-07-20', name: 'Día de la Independencia' }, // julio
      { date: '2027-08-07', name: 'Batalla de Boyacá' }, // agosto (sábado)
      { date: '2027-08-16', name: 'Asunción de la Virgen' }, // agosto
      { date: '2027-10-18', name: 'Día de la Raza' }, // octubre
      { date: '2027-11-01', name: 'Día de Todos los Santos' }, // noviembre (ya es lunes)
      { date: '2027-11-15', name: 'Independencia de Cartagena' }, // noviembre
      { date: '2027-12-08', name: 'Inmaculada Concepción' }, // diciembre
      { date: '2027-12-25', name: 'Navidad' }, // diciembre (sábado)
    ]);
  });
});

describe('holiday rules', () => {
  const rule = (overrides: Partial<HolidayRule>): HolidayRule =>
    ({
      name: 'Prueba',
      kind: 'fixed',
      month: 3,
      day: 3,
      since: 2000,
      law: 'Ley de prueba',
      ...overrides,
    }) as HolidayRule;

  it('apply only between since and until', () => {
    const temporary = rule({ since: 2026, until: 2027 });
    expect(holidayDateInYear(temporary, 2025)).toBeNull();
    expect(holidayDateInYear(temporary, 2026)).toBe('2026-03-03');
    expect(holidayDateInYear(temporary, 2027)).toBe('2027-03-03');
    expect(holidayDateInYear(temporary, 2028)).toBeNull();
  });

  it('keep the Chiquinquirá holiday out of the years before Ley 2578 de 2026', () => {
    const names = holidaysInYear(calendar, 2025).map((holiday) => holiday.name);
    expect(names.some((name) => name.includes('Chiquinquirá'))).toBe(false);
  });

  it('move an Easter-based feast from its weekday to the following Monday', () => {
    const ascension = rule({ kind: 'easter-offset-moved-to-monday', daysFromEaster: 39 });
    expect(holidayDateInYear(ascension, 2026)).toBe('2026-05-18'); // Thursday 14 May → Monday
  });

  it('name each feast once and cite the law behind it', () => {
    const names = COLOMBIAN_HOLIDAY_RULES.map((holiday) => holiday.name);
    expect(new Set(names).size).toBe(names.length);
    for (const holiday of COLOMBIAN_HOLIDAY_RULES) expect(holiday.law).toMatch(/^Ley \d+ de \d{4}$/);
  });
});
