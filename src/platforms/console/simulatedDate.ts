import { parseArgs } from 'node:util';
import { TZDate } from '@date-fns/tz';
import { isoDateInZone, isoParts } from '../../domain/dates.js';
import type { IsoDate } from '../../domain/types.js';
import { parseWorkDate } from '../../usecases/args.js';
import { UserError } from '../../usecases/errors.js';

/** The environment variable that sets the console's day when `--at` is not given. */
export const SIMULATED_DATE_ENV = 'RINDE_NOW';

const HOW_TO_WRITE = 'Escríbala como AAAA-MM-DD o dd/mm/aaaa, por ejemplo --at 2024-07-16 o RINDE_NOW=16/07/2024.';

export type SimulatedDay = { ok: true; day: IsoDate | null } | { ok: false; message: string };

/**
 * The day the console lives on: `--at DAY` (or `--at=DAY`) among the arguments, else RINDE_NOW; null
 * for today. A value it cannot read, or another option, is a Spanish message saying how to write it.
 */
export function simulatedDay(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): SimulatedDay {
  let at: string | undefined;
  try {
    ({
      values: { at },
    } = parseArgs({ args: [...argv], options: { at: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      ok: false,
      message: `No entiendo las opciones de la consola (${detail}). La única es --at FECHA. ${HOW_TO_WRITE}`,
    };
  }
  const [value, source] = at !== undefined ? [at, '--at'] : [env[SIMULATED_DATE_ENV], SIMULATED_DATE_ENV];
  if (value === undefined || value.trim() === '') return { ok: true, day: null };
  try {
    return { ok: true, day: parseWorkDate(value.trim()) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ok: false, message: `La fecha simulada «${value}» (${source}) no es una fecha válida. ${HOW_TO_WRITE}` };
  }
}

function midnight(day: IsoDate, timeZone: string): number {
  const { year, month, day: date } = isoParts(day);
  return new TZDate(year, month - 1, date, timeZone).getTime();
}

/**
 * A clock that runs on `day`: the real time of day, in `timeZone`, on the simulated date, and the days go by
 * as the real ones do.
 */
export function clockOn(day: IsoDate, timeZone: string, real: () => Date = () => new Date()): () => Date {
  const offset = midnight(day, timeZone) - midnight(isoDateInZone(real(), timeZone), timeZone);
  return () => new Date(real().getTime() + offset);
}
