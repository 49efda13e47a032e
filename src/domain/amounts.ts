// Progress amounts are decimals people type with a few decimal places. They are stored and summed
// as integers of ten-thousandths of a unit, so a total is the exact sum of its entries on every
// engine (a float column had lost a 10 next to a 1e18; docs/decisions/008).

/** Ten-thousandths per unit: amounts keep up to four decimals. */
export const AMOUNT_SCALE = 10_000;

/** The decimals an amount may have. */
export const AMOUNT_DECIMALS = 4;

/** A number of units as stored: 2,5 → 25000n. Throws on an amount with more decimals or out of range. */
export function toTenThousandths(amount: number): bigint {
  const scaled = Math.round(amount * AMOUNT_SCALE);
  if (
    !Number.isSafeInteger(scaled) ||
    Math.abs(scaled - amount * AMOUNT_SCALE) > 1e-6 * Math.max(1, Math.abs(scaled))
  ) {
    throw new RangeError(`Cantidad de avance no representable: ${amount}`);
  }
  return BigInt(scaled);
}

/** Stored ten-thousandths as units: 25000n → 2.5 (the nearest double, which prints back as typed). */
export function fromTenThousandths(scaled: bigint | number): number {
  return Number(scaled) / AMOUNT_SCALE;
}

/** An amount from elsewhere (a spreadsheet's float) to the four decimals stored. */
export function roundAmount(amount: number): number {
  return Math.round(amount * AMOUNT_SCALE) / AMOUNT_SCALE;
}

/** Why typed text is not an amount; the command layer says each in Spanish with how to write it. */
export type AmountTextProblem = 'not-a-number' | 'ambiguous-separator' | 'too-many-decimals';

export type ParsedAmount =
  | { ok: true; value: number; percentOfTarget: boolean }
  | { ok: false; problem: AmountTextProblem };

const PLAIN = /^\d+(?:,\d+)?$/;
/** es-CO thousands: groups of three after a dot ("1.000", "12.345.678,5"). */
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * An amount as people in Colombia write it: `10`, `2,5` (decimal comma), `1.000` (a thousand),
 * `1.000,5`, and `50%` (a percentage of the target). A dot that is not a thousands separator
 * (`1.5`) and a comma before exactly three digits (`1,000`: a thousand to some, one to others) are
 * ambiguous and refused, so nobody's figure is read a thousand times off.
 */
export function parseAmountText(text: string): ParsedAmount {
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).trim();
  if (!PLAIN.test(body) && !GROUPED.test(body)) {
    return { ok: false, problem: /^[\d.,]+$/.test(body) ? 'ambiguous-separator' : 'not-a-number' };
  }
  if (!GROUPED.test(body) && /^\d{1,3},\d{3}$/.test(body)) return { ok: false, problem: 'ambiguous-separator' };
  const [whole = '', decimals = ''] = body.replaceAll('.', '').split(',');
  if (decimals.length > AMOUNT_DECIMALS) return { ok: false, problem: 'too-many-decimals' };
  return { ok: true, value: Number(`${whole}.${decimals || '0'}`), percentOfTarget: percent };
}
