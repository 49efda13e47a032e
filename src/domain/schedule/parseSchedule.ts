import { isoParts } from '../dates.js';
import type { IsoDate, Schedule, Vigencia } from '../types.js';
import { resolveDueDates } from './dueDates.js';
import { parseScheduleSpec, statedStartOf } from './parseScheduleSpec.js';

/**
 * Parses a cell against its plan's vigencia. Dates without a year take the year the vigencia
 * starts in. Unreadable cells keep their text with kind 'unknown' so a person can fix them.
 */
export function parseSchedule(text: string, vigencia: Vigencia): Schedule {
  const written = text.trim();
  const spec = parseScheduleSpec(written, { defaultYear: isoParts(vigencia.from).year });
  if (spec === null) return { text: written, kind: 'unknown', dueDates: [] };
  return { text: written, kind: spec.kind, dueDates: resolveDueDates(spec, vigencia) };
}

/** The day a cell says work starts ("a partir de marzo"), read against the vigencia's year; else null. */
export function scheduleStartOf(text: string, vigencia: Vigencia): IsoDate | null {
  return statedStartOf(text.trim(), { defaultYear: isoParts(vigencia.from).year });
}
