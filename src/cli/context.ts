import type { CommandContext } from '../commands/context.js';
import type { CliDeps, ParsedCli } from './cliCommand.js';
import { stringOption } from './cliCommand.js';

/** The CLI runs on the server, so it acts as an admin; `--by` names who did the work. */
export async function cliContext(deps: CliDeps, args: ParsedCli, now = deps.now()): Promise<CommandContext> {
  const by = stringOption(args, 'by');
  const database = await deps.database();
  return {
    db: database.prisma,
    now,
    timeZone: deps.config.TIME_ZONE,
    bands: deps.config.STATUS_BANDS,
    lateGraceDays: deps.config.LATE_LOGGING_GRACE_DAYS,
    publicUrl: deps.config.PUBLIC_URL,
    caller: { userId: by === undefined ? 'cli' : `cli:${by}`, displayName: by ?? null },
    source: 'cli',
    mention: (userId) => userId,
    planRef: stringOption(args, 'plan'),
    actsAsAdmin: true,
  };
}

export const planOption = { plan: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;
