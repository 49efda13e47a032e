import { type CommandContext, configuredContext } from '../../usecases/context.js';
import type { CliDeps, ParsedCli } from './cliCommand.js';
import { stringOption } from './cliCommand.js';

/** The CLI runs on the server, so it acts as an admin; `--by` names who did the work. */
export async function cliContext(deps: CliDeps, args: ParsedCli, now = deps.now()): Promise<CommandContext> {
  const by = stringOption(args, 'by');
  const database = await deps.database();
  return {
    db: database.prisma,
    now,
    ...configuredContext(deps.config),
    caller: { userId: by === undefined ? 'cli' : `cli:${by}`, displayName: by ?? null },
    source: 'cli',
    mention: (userId) => userId,
    planRef: stringOption(args, 'plan'),
    actsAsAdmin: true,
  };
}

export const planOption = { plan: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;
