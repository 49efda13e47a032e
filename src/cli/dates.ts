import { isValidIsoDate } from '../domain/dates.js';
import { type ParsedCli, stringOption, UsageError } from './cliCommand.js';

export function isoDateOption(args: ParsedCli, name: string): string | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!isValidIsoDate(value)) throw new UsageError(`--${name} debe ser una fecha AAAA-MM-DD, por ejemplo 2024-12-31.`);
  return value;
}
