import type { Target } from './types.js';

/** What a spreadsheet cell can hold once read: text, a number, a date, or nothing. */
export type SheetCell = string | number | Date | null;

/**
 * Reads a number as written in Colombian spreadsheets: decimal comma ("2,5"), dots as
 * thousands separators ("1.000", "1.000.000,5"). A lone dot followed by anything other than
 * exactly three digits is taken as a decimal point ("2.5"), since people also type those.
 */
export function parseSpanishNumber(text: string): number | null {
  const compact = text.trim().replace(/(?<=\d)[\s\u00a0](?=\d{3}\b)/g, '');
  const sign = compact.startsWith('-') ? -1 : 1;
  const digits = compact.replace(/^[+-]/, '');
  let plain: string | null = null;
  if (/^\d+$/.test(digits)) plain = digits;
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(digits)) plain = digits.replaceAll('.', '').replace(',', '.');
  else if (/^\d*,\d+$/.test(digits)) plain = digits.replace(',', '.');
  else if (/^\d*\.\d+$/.test(digits)) plain = digits;
  return plain === null ? null : sign * Number(plain);
}

/**
 * A "Meta anual" cell: a count ("40", 2,5, "1.000") or a percentage ("100%", which is also
 * how a cell formatted as percent arrives from the reader). Anything else is not a target.
 */
export function parseTarget(cell: SheetCell): Target | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, unit: 'count' } : null;
  if (typeof cell !== 'string') return null;
  const percent = /^(.*?)\s*%$/.exec(cell.trim());
  const value = parseSpanishNumber(percent ? (percent[1] ?? '') : cell);
  if (value === null) return null;
  return { value, unit: percent ? 'percent' : 'count' };
}
