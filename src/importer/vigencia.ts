import { formatLongDate, isoDate, isoParts, isValidIsoDate } from '../domain/dates.js';
import { yearsOf } from '../domain/schedule/index.js';
import type { IsoDate, ScheduleSpec, Vigencia } from '../domain/types.js';
import type { HeaderBlock } from './headerBlock.js';
import type { IssueLog } from './issues.js';
import type { ImportOptions } from './types.js';

/** The ends of the vigencia the sheet or the options state, before looking at activity dates. */
export interface StatedVigencia {
  from: IsoDate | null;
  to: IsoDate | null;
  year: number | null;
}

export function statedVigencia(block: HeaderBlock, options: ImportOptions, issues: IssueLog): StatedVigencia {
  const from = optionDate(options.from, 'inicio', issues) ?? block.from;
  const to = optionDate(options.to, 'fin', issues) ?? block.to;
  const year = yearOf(from) ?? yearOf(to) ?? block.vigenciaYear;
  return { from, to, year };
}

function optionDate(value: string | undefined, end: string, issues: IssueLog): IsoDate | null {
  if (value === undefined) return null;
  if (isValidIsoDate(value)) return value;
  issues.error(
    null,
    `La fecha de ${end} de la vigencia «${value}» no es válida. Escríbala como AAAA-MM-DD, por ejemplo 2024-12-31.`,
  );
  return null;
}

function yearOf(date: IsoDate | null): number | null {
  return date === null ? null : isoParts(date).year;
}

/**
 * Fills in what the sheet leaves out: a missing end is the close of its calendar year, and with
 * no dates at all the year most activities' own dates fall in (one vote per activity) decides.
 */
export function completeVigencia(
  stated: StatedVigencia,
  specs: readonly (ScheduleSpec | null)[],
  issues: IssueLog,
): Vigencia | null {
  const year = stated.year ?? mostCommonYear(specs);
  if (year === null) {
    issues.error(
      null,
      'No se pudo saber la vigencia del plan. Escriba «Desde» y «Hasta» encima de la tabla (por ejemplo «5 de junio de 2024» y «31 de diciembre de 2024») o un título como «Vigencia 2024».',
    );
    return null;
  }
  const vigencia = { from: stated.from ?? isoDate(year, 1, 1), to: stated.to ?? isoDate(year, 12, 31) };
  if (vigencia.from > vigencia.to) {
    issues.error(
      null,
      `La vigencia empieza el ${formatLongDate(vigencia.from)}, después de terminar el ${formatLongDate(vigencia.to)}. Revise «Desde» y «Hasta».`,
    );
    return null;
  }
  return vigencia;
}

function mostCommonYear(specs: readonly (ScheduleSpec | null)[]): number | null {
  const votes = new Map<number, number>();
  for (const spec of specs) {
    for (const year of spec ? yearsOf(spec) : []) votes.set(year, (votes.get(year) ?? 0) + 1);
  }
  // Ties go to the earlier year: a plan's dates spill into the next year, rarely into the previous.
  const ranked = [...votes].sort(([yearA, a], [yearB, b]) => b - a || yearA - yearB);
  return ranked[0]?.[0] ?? null;
}
