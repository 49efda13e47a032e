import { parseWorkDate } from '../../usecases/args.js';
import { UserError } from '../../usecases/errors.js';
import { type ParsedCli, stringOption, UsageError } from './cliCommand.js';

/** A date option in the forms chat accepts: 31/08/2024, 31-08-2024 or 2024-08-31. */
export function isoDateOption(args: ParsedCli, name: string): string | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  try {
    return parseWorkDate(value);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UsageError(`--${name} debe ser una fecha como 31/08/2024 o 2024-08-31.`);
  }
}
