import type { IsoDate } from '../types.js';
import { easterSunday } from './easter.js';
import { daysFromCivil, daysToIso, formatIsoDate, isoToDays, onOrAfterMonday } from './isoDate.js';

interface HolidayRuleBase {
  /** Spanish name, as people in the municipalities call it. */
  name: string;
  /** First year the holiday is observed under this rule. */
  since: number;
  /** Last year it is observed, when a later law repealed or replaced it. */
  until?: number;
  /** The law that makes it a paid rest day ("descanso remunerado"), for whoever audits the list. */
  law: string;
}

/**
 * How a holiday's rest day is found in a given year:
 * - `fixed`: always on its date, whatever the weekday.
 * - `fixed-moved-to-monday`: its date if that is a Monday, otherwise the next Monday (Ley 51 de 1983, art. 1).
 * - `easter-offset`: a number of days from Easter Sunday (negative = before).
 * - `easter-offset-moved-to-monday`: the feast's day counted from Easter, then moved to Monday as above.
 */
export type HolidayRule = HolidayRuleBase &
  (
    | { kind: 'fixed'; month: number; day: number }
    | { kind: 'fixed-moved-to-monday'; month: number; day: number }
    | { kind: 'easter-offset'; daysFromEaster: number }
    | { kind: 'easter-offset-moved-to-monday'; daysFromEaster: number }
  );

export type HolidayRuleKind = HolidayRule['kind'];

const LEY_51_1983 = 'Ley 51 de 1983';
// Ley 51 was sanctioned on 6 December 1983, so 1984 is the first calendar built by it. Earlier years
// followed other rules (no move to Monday) and are outside what Rinde needs.
const EMILIANI = 1984;

/**
 * National public holidays of Colombia. When Congress adds one, append a line here with its law and `since`;
 * one-off days (a decreed "día cívico") belong in the calendar's `extraHolidays` configuration instead.
 */
// biome-ignore format: one holiday per line keeps the table easy to audit against the laws.
export const COLOMBIAN_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: 'Año Nuevo', kind: 'fixed', month: 1, day: 1, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Día de los Reyes Magos', kind: 'fixed-moved-to-monday', month: 1, day: 6, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Día de San José', kind: 'fixed-moved-to-monday', month: 3, day: 19, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Jueves Santo', kind: 'easter-offset', daysFromEaster: -3, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Viernes Santo', kind: 'easter-offset', daysFromEaster: -2, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Día del Trabajo', kind: 'fixed', month: 5, day: 1, since: EMILIANI, law: LEY_51_1983 },
  // Ascension Thursday is Easter + 39, Corpus Christi Thursday + 60, Sacred Heart Friday + 68.
  { name: 'Ascensión del Señor', kind: 'easter-offset-moved-to-monday', daysFromEaster: 39, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Corpus Christi', kind: 'easter-offset-moved-to-monday', daysFromEaster: 60, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Sagrado Corazón de Jesús', kind: 'easter-offset-moved-to-monday', daysFromEaster: 68, since: EMILIANI, law: LEY_51_1983 },
  { name: 'San Pedro y San Pablo', kind: 'fixed-moved-to-monday', month: 6, day: 29, since: EMILIANI, law: LEY_51_1983 },
  // Sanctioned 1 June 2026; art. 6 makes 9 July a national holiday and applies Ley 51 de 1983, so the first
  // rest day was Monday 13 July 2026.
  { name: 'Día de Nuestra Señora del Rosario de Chiquinquirá', kind: 'fixed-moved-to-monday', month: 7, day: 9, since: 2026, law: 'Ley 2578 de 2026' },
  { name: 'Día de la Independencia', kind: 'fixed', month: 7, day: 20, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Batalla de Boyacá', kind: 'fixed', month: 8, day: 7, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Asunción de la Virgen', kind: 'fixed-moved-to-monday', month: 8, day: 15, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Día de la Raza', kind: 'fixed-moved-to-monday', month: 10, day: 12, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Día de Todos los Santos', kind: 'fixed-moved-to-monday', month: 11, day: 1, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Independencia de Cartagena', kind: 'fixed-moved-to-monday', month: 11, day: 11, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Inmaculada Concepción', kind: 'fixed', month: 12, day: 8, since: EMILIANI, law: LEY_51_1983 },
  { name: 'Navidad', kind: 'fixed', month: 12, day: 25, since: EMILIANI, law: LEY_51_1983 },
];

/** The rest day the rule gives in `year`, or null when the rule is not in force that year. */
export function holidayDateInYear(rule: HolidayRule, year: number): IsoDate | null {
  if (year < rule.since || (rule.until !== undefined && year > rule.until)) return null;
  switch (rule.kind) {
    case 'fixed':
      return formatIsoDate({ year, month: rule.month, day: rule.day });
    case 'fixed-moved-to-monday':
      return daysToIso(onOrAfterMonday(daysFromCivil({ year, month: rule.month, day: rule.day })));
    case 'easter-offset':
      return daysToIso(isoToDays(easterSunday(year)) + rule.daysFromEaster);
    case 'easter-offset-moved-to-monday':
      return daysToIso(onOrAfterMonday(isoToDays(easterSunday(year)) + rule.daysFromEaster));
  }
}
