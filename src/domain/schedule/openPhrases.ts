import type { ScheduleSpec } from '../types.js';

/**
 * Phrases that fix no date. "Cada vez que se requiera" has no due date at all; "a partir de marzo"
 * says when work starts, never when it is due. Rinde imports both as continuous work (due at the
 * end of the vigencia, nudged only after a quiet spell) and flags them so the office can set a date.
 */
const ON_DEMAND = [
  /^cada vez que se (requiera|necesite|solicite)$/,
  /^(cuando|siempre que) (se )?(requiera|necesite|solicite|sea necesario)$/,
  /^(segun|de acuerdo (a|con) (la )?) ?(necesidad|demanda|requerimiento|se requiera)$/,
  /^(a|por|bajo) (demanda|solicitud|requerimiento)$/,
];

const OPEN_START = /^a partir de (.+)$/;

/** The words of normalised text joined by single spaces, as the phrase tables write them. */
export function toWords(normalised: string): string {
  return normalised.replace(/[^a-z0-9]+/g, ' ').trim();
}

export function isOnDemandPhrase(words: string): boolean {
  return ON_DEMAND.some((pattern) => pattern.test(words));
}

/** "a partir de marzo" → "marzo": the start, for the caller to check it is a date. */
export function openStartOf(words: string): string | null {
  return OPEN_START.exec(words)?.[1] ?? null;
}

// "hasta el 30 de junio", "a más tardar el 15 de noviembre", "antes del 31 de marzo", "plazo máximo: …".
const BOUND_PREFIX = /^(?:(?:hasta|a mas tardar|antes de|maximo|plazo maximo|plazo|fecha limite)\b[\s:]*(?:el\s+)?)/;

/** The date part of a deadline phrase; the date is the due date whatever the prefix. */
export function withoutBound(normalised: string): string {
  return normalised.replace(BOUND_PREFIX, '');
}

/** "2025", "año 2025", "vigencia 2025": the whole year, due on its last day. */
export function yearAloneOf(words: string): number | null {
  const match = /^(?:(?:ano|vigencia|durante|en|el|de|todo) )*(\d{4})$/.exec(words);
  return match ? Number(match[1]) : null;
}

/** Why a schedule fixes no date: continuous work ("Permanentemente"), on demand, or only a start. */
export type NoFixedDate = 'permanent' | 'on-demand' | 'open-start';

/** Null for a spec with dates of its own; continuous specs are due only at the end of the vigencia. */
export function noFixedDateOf(spec: ScheduleSpec | null): NoFixedDate | null {
  if (spec?.kind !== 'continuous') return null;
  return spec.open ?? 'permanent';
}
