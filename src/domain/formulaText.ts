/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with one of these
 * is read as a formula by Excel and LibreOffice when a CSV is opened. Full-width forms count too:
 * spreadsheets in East Asian locales accept them as the ASCII ones.
 */
const FORMULA_TRIGGERS = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Leading white space is skipped by some spreadsheets before they look for a formula. */
const LEADING_SPACE = /^[ \u00A0]+/;

/** The escape OWASP recommends: an apostrophe, which a spreadsheet takes as "this is text". */
export const TEXT_MARK = "'";

/**
 * Whether a text cell starts like a formula. Text only: "-5" in a title is escaped too (OWASP does
 * not exempt it, and unescaped it would turn into a number), so numbers must not be passed here.
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.test(text.replace(LEADING_SPACE, ''));
}

/** "=1+1" → "'=1+1"; text a spreadsheet would not evaluate is returned unchanged. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `${TEXT_MARK}${text}` : text;
}

/**
 * The inverse, for reading back a file Rinde (or a spreadsheet) wrote: "'=1+1" → "=1+1". Only an
 * apostrophe that guards a formula is taken away, so a title that starts with one keeps it.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith(TEXT_MARK) && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
