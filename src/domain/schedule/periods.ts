import type { Period } from '../types.js';

/** Length of each period; periods are calendar-aligned, so they always start in January. */
export const MONTHS_PER_PERIOD: Readonly<Record<Period, number>> = {
  monthly: 1,
  bimonthly: 2,
  quarterly: 3,
  'four-monthly': 4,
  semiannual: 6,
  annual: 12,
};
