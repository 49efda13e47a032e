import { foldText } from '../text.js';

// Ordinals only ever show up on the first of the month ("1° de julio", "1ro de julio"); the letter
// suffixes must touch the digits so that a lone "o" ("2024 o 2025") is never taken for one.
const ORDINAL_SUFFIX = /(\d+)(?:\.?\s*[°º]|(?:ero|ro|er|o)\b)/g;

/**
 * Reduces the spellings users type to one: lower case without accents or ordinals, "del" as "de"
 * and the Latin American "setiembre" as "septiembre". Punctuation is left for the tokeniser,
 * which needs "/" and "-" inside numeric dates.
 */
export function normaliseScheduleText(text: string): string {
  return foldText(text)
    .replace(ORDINAL_SUFFIX, '$1')
    .replace(/\bdel\b/g, 'de')
    .replace(/\bsetiembre\b/g, 'septiembre');
}
