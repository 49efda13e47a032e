import type { Period } from '../types.js';
import { MONTHS_PER_PERIOD } from './periods.js';

const PERIOD_BY_MONTHS = new Map<number, Period>(
  Object.entries(MONTHS_PER_PERIOD).map(([period, months]) => [months, period as Period]),
);

const MONTHS_BY_ADJECTIVE = new Map([
  ['mensual', 1],
  ['bimestral', 2],
  ['trimestral', 3],
  ['cuatrimestral', 4],
  ['semestral', 6],
  ['anual', 12],
]);

const MONTHS_BY_UNIT = new Map([
  ['mes', 1],
  ['bimestre', 2],
  ['trimestre', 3],
  ['cuatrimestre', 4],
  ['semestre', 6],
  ['ano', 12],
]);

const NUMBER_BY_WORD = new Map([
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['seis', 6],
  ['doce', 12],
]);

const CONTINUOUS_PHRASES = new Set([
  'permanente',
  'permanentemente',
  'continuo',
  'continua',
  'continuamente',
  'todo el ano',
  'durante todo el ano',
  'durante la vigencia',
  'durante toda la vigencia',
  'toda la vigencia',
]);

// "De manera permanente", "en forma trimestral": the manner adds nothing to the schedule.
const MANNER_PREFIX = /^(?:de|en) (?:manera|forma) /;

/** The words of normalised text, without punctuation or the manner prefix: "Trimestral." → "trimestral". */
function toPhrase(normalised: string): string {
  return normalised
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(MANNER_PREFIX, '');
}

function monthCount(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_BY_WORD.get(word);
}

/** "trimestral", "trimestralmente", "cada trimestre", "cada tres meses" → 3. */
function monthsPerPeriodIn(phrase: string): number | undefined {
  const [first = '', second, third, ...rest] = phrase.split(' ');
  if (rest.length > 0) return undefined;
  if (second === undefined) return MONTHS_BY_ADJECTIVE.get(first.replace(/mente$/, ''));
  if (first !== 'cada') return undefined;
  if (third === undefined) return MONTHS_BY_UNIT.get(second);
  return third === 'meses' ? monthCount(second) : undefined;
}

/** The period of a periodic schedule ("Trimestral", "Cada seis meses"), or null for anything else. */
export function readPeriod(normalised: string): Period | null {
  const months = monthsPerPeriodIn(toPhrase(normalised));
  return months === undefined ? null : (PERIOD_BY_MONTHS.get(months) ?? null);
}

/** Whether the text says the work goes on all through the vigencia ("Permanentemente", "Todo el año"). */
export function isContinuousPhrase(normalised: string): boolean {
  return CONTINUOUS_PHRASES.has(toPhrase(normalised));
}
