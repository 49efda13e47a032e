import { isoDate, lastDayOfMonth } from '../dates.js';
import type { IsoDate } from '../types.js';
import { MONTHS_PER_PERIOD } from './periods.js';

const PERIOD_MONTHS = new Map([
  ['bimestre', MONTHS_PER_PERIOD.bimonthly],
  ['trimestre', MONTHS_PER_PERIOD.quarterly],
  ['cuatrimestre', MONTHS_PER_PERIOD['four-monthly']],
  ['semestre', MONTHS_PER_PERIOD.semiannual],
]);

/** "primer", "segunda", "II", "2": which period of the year, 1-based. */
const ORDINALS = new Map([
  ['primer', 1],
  ['primero', 1],
  ['primera', 1],
  ['i', 1],
  ['1', 1],
  ['segundo', 2],
  ['segunda', 2],
  ['ii', 2],
  ['2', 2],
  ['tercer', 3],
  ['tercero', 3],
  ['tercera', 3],
  ['iii', 3],
  ['3', 3],
  ['cuarto', 4],
  ['cuarta', 4],
  ['iv', 4],
  ['4', 4],
  ['quinto', 5],
  ['v', 5],
  ['5', 5],
  ['sexto', 6],
  ['vi', 6],
  ['6', 6],
]);

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

// "primer semestre", "I trimestre", "trimestre II", "segundo cuatrimestre de 2025".
const PERIOD_PHRASE =
  /^(?:(\w+) (bimestre|trimestre|cuatrimestre|semestre)|(bimestre|trimestre|cuatrimestre|semestre) (\w+))(?: (?:de )?(\d{4}))?$/;
// "segunda quincena de julio", "1 quincena de marzo de 2025".
const FORTNIGHT_PHRASE = /^(\w+) quincena (?:de )?([a-z]+)(?: (?:de )?(\d{4}))?$/;

/**
 * A period named by its ordinal: "primer semestre" is 1 January to 30 June of the year written,
 * else of `defaultYear`. Null for anything else, or when no year is known.
 */
export function readOrdinalPeriod(phrase: string, defaultYear: number | undefined): DayRange | null {
  return readPeriodPhrase(phrase, defaultYear) ?? readFortnight(phrase, defaultYear);
}

function readPeriodPhrase(phrase: string, defaultYear: number | undefined): DayRange | null {
  const match = PERIOD_PHRASE.exec(phrase);
  if (match === null) return null;
  const ordinal = ORDINALS.get(match[1] ?? match[4] ?? '');
  const length = PERIOD_MONTHS.get(match[2] ?? match[3] ?? '');
  const year = match[5] === undefined ? defaultYear : Number(match[5]);
  if (ordinal === undefined || length === undefined || year === undefined || ordinal * length > 12) return null;
  const lastMonth = ordinal * length;
  return { from: isoDate(year, lastMonth - length + 1, 1), to: lastDayOfMonth(year, lastMonth) };
}

function readFortnight(phrase: string, defaultYear: number | undefined): DayRange | null {
  const match = FORTNIGHT_PHRASE.exec(phrase);
  if (match === null) return null;
  const half = ORDINALS.get(match[1] ?? '');
  const month = MONTHS.indexOf(match[2] ?? '') + 1;
  const year = match[3] === undefined ? defaultYear : Number(match[3]);
  if ((half !== 1 && half !== 2) || month === 0 || year === undefined) return null;
  return half === 1
    ? { from: isoDate(year, month, 1), to: isoDate(year, month, 15) }
    : { from: isoDate(year, month, 16), to: lastDayOfMonth(year, month) };
}
