import { daysBetween } from '../../domain/dates.js';
import type { IsoDate } from '../../domain/types.js';

/** "hoy", "mañana", "en 5 días", "hace 2 días": how far the due date is, as people say it. */
export function relativeDay(today: IsoDate, dueOn: IsoDate): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return 'hoy';
  if (days === 1) return 'mañana';
  if (days === -1) return 'ayer';
  return days > 0 ? `en ${days} días` : `hace ${-days} días`;
}
