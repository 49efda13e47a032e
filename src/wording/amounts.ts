import { formatLongDate, weekday } from '../domain/dates.js';
import type { Shift } from '../domain/reminders/index.js';
import type { IsoDate, TargetUnit } from '../domain/types.js';
import { formatAmount } from './messages.js';

/** Spanish sentences shared by the reminder, the planning-channel notice and the digest. */
const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'] as const;

/** "el domingo 30 de junio de 2024" */
export function dayWithWeekday(date: IsoDate): string {
  return `el ${WEEKDAYS[weekday(date)]} ${formatLongDate(date)}`;
}

/** "Como el lunes 1 de julio de 2024 es festivo (San Pedro y San Pablo), se lo recordamos hoy." */
export function shiftSentence(shift: Shift): string {
  const day = dayWithWeekday(shift.from);
  const why =
    shift.reason === 'festivo'
      ? `es festivo${shift.holiday === null ? '' : ` (${shift.holiday})`}`
      : 'es fin de semana';
  return `Como ${day} ${why}, se lo recordamos hoy, el último día hábil antes.`;
}

/** Counts are whole things (informes, eventos): a share of 1,5 informes is asked for as 2. */
export function displayAmount(value: number, unit: TargetUnit): number {
  return unit === 'count' ? Math.ceil(value - 1e-9) : Math.round(value * 100) / 100;
}

export function amountText(value: number, unit: TargetUnit): string {
  return `${formatAmount(displayAmount(value, unit))}${unit === 'percent' ? ' %' : ''}`;
}

/** A logged amount or a target as it stands, never rounded: 1,5 informes logged are 1,5, not 2. */
export function loggedAmountText(value: number, unit: TargetUnit): string {
  return `${formatAmount(value)}${unit === 'percent' ? ' %' : ''}`;
}
