import { foldText } from '../text.js';

// Ordinals only ever show up on the first of the month ("1° de julio", "1ro de julio"); the letter
// suffixes must touch the digits so that a lone "o" ("2024 o 2025") is never taken for one.
const ORDINAL_SUFFIX = /(\d+)(?:\.?\s*[°º]|(?:ero|ro|er|o)\b)/g;

// A date exported as text keeps its time ("2025-06-30 00:00:00", "30/06/2025 12:00 p. m."): no
// plan schedules by the hour, so the time is dropped.
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s*m\b\.?)?/g;

/**
 * Reduces the spellings users type to one: lower case without accents, ordinals or times of day, "del" as "de"
 * and the Latin American "setiembre" as "septiembre". Punctuation is left for the tokeniser,
 * which needs "/" and "-" inside numeric dates.
 */
export function normaliseScheduleText(text: string): string {
  return foldText(text)
    .replace(TIME_OF_DAY, ' ')
    .trim()
    .replace(ORDINAL_SUFFIX, '$1')
    .replace(/\bdel\b/g, 'de')
    .replace(/\bsetiembre\b/g, 'septiembre');
}
