import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatLongDate } from '../../domain/dates.js';
import { nearestCommand } from '../../domain/suggest.js';
import type { IsoDate } from '../../domain/types.js';
import type { CommandContext } from '../../usecases/context.js';
import { type CommandName, runCommand } from '../../usecases/index.js';
import { renderReplyText } from '../../usecases/renderText.js';
import { messages } from '../../wording/messages.js';

const COMMAND_NAMES: Record<string, CommandName> = {
  avance: 'avance',
  estado: 'estado',
  pendientes: 'pendientes',
  ayuda: 'ayuda',
  rinde: 'rinde',
};

const EXIT_WORDS = new Set(['salir', 'exit', 'quit']);

export const CONSOLE_GREETING = [
  'Rinde — consola local (usted actúa como administrador del plan).',
  'Escriba los comandos como en Slack, por ejemplo: /estado, /avance 1.2 10 Publicamos 10 piezas, /pendientes, /ayuda.',
  'Escriba «salir» para terminar.',
].join('\n');

/** The line that tells the user the console does not live on today. */
export function simulatedDateLine(day: IsoDate): string {
  return `Fecha simulada: ${formatLongDate(day)} (--at o RINDE_NOW). Estado, pendientes, recordatorios y avances cuentan como si hoy fuera ese día.`;
}

/** "/avance 1.2 10 nota" or "avance 1.2 10 nota" → the command and the rest of the line. */
export function splitCommandLine(line: string): { name: CommandName; text: string } | { unknown: string } | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  const [word = '', ...rest] = trimmed.replace(/^\//, '').split(/\s+/);
  const name = COMMAND_NAMES[word.toLowerCase()];
  return name === undefined ? { unknown: word } : { name, text: rest.join(' ') };
}

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** The day given with --at or RINDE_NOW, said at start; null when the console lives on today. */
  simulatedDay?: IsoDate | null;
  /** Builds the context for one command; the clock is read here, once per line. */
  context: () => CommandContext;
}

/**
 * A local stand-in for a chat platform: one line in, one Spanish reply out. With a terminal it
 * prompts; piped, it reads line by line and resolves at end of input, so it can be scripted.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const write = (text: string) => options.output.write(`${text}\n`);
  const lines = createInterface({
    input: options.input,
    // With a terminal, readline needs the output to show the prompt and echo what is typed.
    ...(options.interactive && { output: options.output }),
    terminal: options.interactive,
  });
  const simulated = options.simulatedDay == null ? [] : [simulatedDateLine(options.simulatedDay)];
  // Piped, only the simulated date is said: a script must not take its output for today's.
  if (!options.interactive) for (const line of simulated) write(line);
  if (options.interactive) {
    write([CONSOLE_GREETING, ...simulated].join('\n'));
    lines.setPrompt('rinde> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const parsed = splitCommandLine(line);
    if (parsed !== null && 'unknown' in parsed && EXIT_WORDS.has(parsed.unknown.toLowerCase())) break;
    if (parsed !== null) {
      const reply =
        'unknown' in parsed
          ? renderReplyText({
              kind: 'error',
              message: messages.unknownCommand(
                parsed.unknown,
                nearestCommand(parsed.unknown, Object.keys(COMMAND_NAMES)),
              ),
            })
          : renderReplyText(await runCommand(options.context(), parsed.name, parsed.text));
      write(reply);
    }
    if (options.interactive) lines.prompt();
  }
  lines.close();
}
