/**
 * Activity IDs ("1.2") as written in plans and typed in Slack: "1,2" (Spanish decimal comma),
 * "1.2" and the number 1.2 are the same ID. Text keeps every digit, so "1,10" stays 1.10.
 */

const ID_TEXT = /^\d+(?:\s*[.,]\s*\d+)*$/;

/** Codes with letters, as national agencies number activities: "RC-01", "rc 1.2", "PA-3". */
const LETTER_CODE = /^([a-z]{1,5})\s*[-_ ]?\s*(\d+(?:[.-]\d+)*)$/i;

/** Float noise from spreadsheet arithmetic (1.2000000000000002) must not leak into IDs. */
const NUMBER_ID_DECIMALS = 6;

export function normalizeActivityId(value: string | number): string | null {
  if (typeof value === 'number') return normalizeNumberId(value);
  const text = value.trim().replace(/[.,]$/, '').trim();
  const lettered = LETTER_CODE.exec(text);
  // Letter codes keep their digits as written ("RC-01"): the sheet's spelling is how people type them.
  if (lettered) return `${lettered[1]?.toUpperCase()}-${lettered[2]}`;
  if (!ID_TEXT.test(text)) return null;
  return text
    .split(/[.,]/)
    .map((part) => String(Number.parseInt(part.trim(), 10)))
    .join('.');
}

function normalizeNumberId(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) return null;
  return normalizeActivityId(String(Number(value.toFixed(NUMBER_ID_DECIMALS))));
}

/** Orders IDs part by part as numbers, so 1.2 comes before 1.10. */
export function compareActivityIds(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (Number.isNaN(difference)) return a.localeCompare(b);
    if (difference !== 0) return difference;
  }
  return 0;
}
