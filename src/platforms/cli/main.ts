import { loadConfig } from '../../config.js';
import { nearestCommand } from '../../domain/suggest.js';
import { type Database, openDatabase } from '../../storage/database.js';
import { UserError } from '../../usecases/errors.js';
import { type CliCommand, type CliIo, parseCommandArgs, UsageError } from './cliCommand.js';
import { cliCommands } from './commands/index.js';
import { cliWording } from './wording.js';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

function overview(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Uso: rinde COMANDO [opciones]   (rinde COMANDO --help para ver sus opciones)',
    '',
    'Comandos:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'La base de datos se toma de DATABASE_URL (por omisión file:./data/rinde.db).',
  ].join('\n');
}

export interface CliEnvironment extends CliIo {
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}

/** Runs one `rinde …` invocation and returns its exit code: 0 ok, 1 user error, 2 bad usage. */
export async function runCli(argv: string[], environment: CliEnvironment): Promise<number> {
  const io: CliIo = { stdout: environment.stdout, stderr: environment.stderr };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${overview(cliCommands)}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (command === undefined) {
    const nearest = nearestCommand(
      name,
      cliCommands.map((c) => c.name),
    );
    const hint = nearest === null ? '' : ` ¿Quiso decir rinde ${nearest}?`;
    io.stderr.write(`No existe el comando «${name}».${hint}\n\n${overview(cliCommands)}\n`);
    return EXIT_USAGE;
  }
  const loaded = loadConfig(environment.env);
  if (!loaded.ok) {
    io.stderr.write(`La configuración no es válida:\n${loaded.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return EXIT_USER_ERROR;
  }
  let database: Database | undefined;
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      io.stdout.write(`${command.help}\n`);
      return EXIT_OK;
    }
    await command.run(args, {
      ...io,
      config: loaded.config,
      now: environment.now ?? (() => new Date()),
      database: async () => {
        database ??= await openDatabase(loaded.config.DATABASE_URL);
        return database;
      },
    });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${command.help}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UserError) {
      io.stderr.write(`${cliWording(error.message)}\n`);
      return EXIT_USER_ERROR;
    }
    throw error;
  } finally {
    await database?.close();
  }
}
