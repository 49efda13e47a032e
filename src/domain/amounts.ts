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
