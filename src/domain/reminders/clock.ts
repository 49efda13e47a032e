import { TZDate } from '@date-fns/tz';
import { isoParts } from '../dates.js';
import type { IsoDate } from '../types.js';

/** A wall-clock reading in the municipality's zone: what "today at 08:00" means there, not on the server. */
export interface LocalMoment {
  date: IsoDate;
  /** Minutes after local midnight. */
  minutes: number;
}

const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const local = new TZDate(instant, timeZone);
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    minutes: local.getHours() * 60 + local.getMinutes(),
  };
}

/** The instant a wall-clock time on `date` happens in `timeZone`. */
export function instantAt(date: IsoDate, minutes: number, timeZone: string): Date {
  const { year, month, day } = isoParts(date);
  return new Date(new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** "08:00" → 480; null when it is not a 24-hour HH:mm time. */
export function parseClockTime(text: string): number | null {
  const match = CLOCK_TIME.exec(text.trim());
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
}

export function formatClockTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
