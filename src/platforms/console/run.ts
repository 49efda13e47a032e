import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { IsoDate } from '../../domain/types.js';
import { jobDepsOf } from '../../jobs/context.js';
import type { Logger } from '../../logger.js';
import { packageRoot } from '../../paths.js';
import { startScheduler } from '../../scheduler.js';
import type { Database } from '../../storage/database.js';
import { configuredContext } from '../../usecases/context.js';
import { loadSampleIfEmpty } from '../../usecases/sample.js';
import { closeServer, servePublicPages } from '../../web/server.js';
import { runConsole } from './console.js';
import { consolePlatform } from './platform.js';
import { clockOn } from './simulatedDate.js';

const CONSOLE_USER = 'consola';
/** Where the console says channel notices go when PLANNING_CHANNEL is unset: there is one screen anyway. */
const CONSOLE_CHANNEL = 'consola';

/**
 * The console deployment. With a person at the terminal the jobs run too, and the console prints what
 * they send; a piped run (a script) answers its lines and ends with its input, whatever the clock says.
 * `day`: the date given with --at or RINDE_NOW, which the console lives on; null for today.
 */
export async function runConsoleDeployment(
  database: Database,
  config: Config,
  logger: Logger,
  day: IsoDate | null,
): Promise<void> {
  const clock = day === null ? () => new Date() : clockOn(day, config.TIME_ZONE);
  const file = config.SAMPLE_PLAN ?? join(packageRoot(), 'samples/tauramena-2024.xlsx');
  const sample = await loadSampleIfEmpty(database.prisma, { file, now: clock(), timeZone: config.TIME_ZONE });
  if (sample.status === 'loaded') process.stdout.write(`${sample.text}\n`);
  if (sample.status === 'unreadable') logger.warn({ file, errors: sample.errors }, 'sample plan could not be imported');

  const interactive = process.stdin.isTTY === true;
  const web = await servePublicPages(config, database.prisma, clock, logger);
  if (web !== null && interactive) {
    process.stdout.write(
      `Página pública en http://localhost:${config.PORT}/ (apagada hasta que la publique con /rinde publicar sí).\n`,
    );
  }
  const platform = consolePlatform((text) => process.stdout.write(`\n${text}\n`));
  const jobs = jobDepsOf(
    { ...config, PLANNING_CHANNEL: config.PLANNING_CHANNEL ?? CONSOLE_CHANNEL },
    { db: database.prisma, platform, logger },
  );
  const scheduler = interactive ? startScheduler(config, jobs, clock) : null;
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive,
    simulatedDay: day,
    context: () => ({
      db: database.prisma,
      now: clock(),
      ...configuredContext(config),
      caller: { userId: CONSOLE_USER, displayName: 'Consola local' },
      source: 'chat',
      mention: (userId) => `@${userId}`,
      actsAsAdmin: true,
    }),
  });
  await scheduler?.stop();
  await closeServer(web);
  await database.close();
}
