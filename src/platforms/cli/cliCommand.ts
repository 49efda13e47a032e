import type { Writable } from 'node:stream';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Config } from '../../config.js';
import type { Database } from '../../storage/database.js';
import { cliWording } from './wording.js';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}

export interface CliDeps extends CliIo {
  config: Config;
  /** Opened on first use, so `--help` and bad usage never touch the database. */
  database: () => Promise<Database>;
  now: () => Date;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** The whole `--help` text, in Spanish. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedCli, deps: CliDeps): Promise<void>;
}

export interface ParsedCli {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Bad usage: the message and the command's help go to stderr, exit code 2. */
export class UsageError extends Error {}

export function parseCommandArgs(command: CliCommand, argv: string[]): ParsedCli {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedCli['values'], positionals };
  } catch (error) {
    throw new UsageError(spanishParseError(error));
  }
}

function spanishParseError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const unknownOption = /Unknown option '([^']+)'/.exec(text);
  if (unknownOption) return `La opción ${unknownOption[1]} no existe.`;
  const missingValue = /Option '([^']+)' argument missing/.exec(text);
  if (missingValue) return `A la opción ${missingValue[1]} le falta su valor.`;
  return `Uso incorrecto: ${text}`;
}

export function stringOption(args: ParsedCli, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A line for people: the shared replies' chat commands are named as CLI commands (./wording.ts). */
export function writeLine(io: CliIo, text: string): void {
  io.stdout.write(`${cliWording(text)}\n`);
}
