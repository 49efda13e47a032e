import type { Config, TeamsCredentials } from '../../config.js';
import { jobDepsOf } from '../../jobs/context.js';
import { keepServingOnStrayErrors } from '../../lastResort.js';
import type { Logger } from '../../logger.js';
import { startScheduler } from '../../scheduler.js';
import { stopOnSignals } from '../../shutdown.js';
import type { Database } from '../../storage/database.js';
import { createTeamsApp } from './app.js';
import { clientCredentialsToken, teamsCloud } from './auth.js';
import { teamsPlatform } from './platform.js';

/**
 * The Teams deployment: the HTTP endpoint (`POST /api/messages`, `/healthz`, the public pages), the
 * command, card and install listeners, and the scheduler, whose reminders, digests and cut-off reports
 * go out through the Teams platform with the same outbox as Slack's.
 */
export async function runTeams(database: Database, config: Config & TeamsCredentials, logger: Logger): Promise<void> {
  keepServingOnStrayErrors(process, logger);
  const clock = () => new Date();
  const teams = createTeamsApp({ config, db: database.prisma, logger, clock });
  await teams.start();
  const token = clientCredentialsToken(config, clock);
  const { botScope } = teamsCloud(config);
  const platform = teamsPlatform({ db: database.prisma, token: () => token(botScope) });
  const scheduler = startScheduler(config, jobDepsOf(config, { db: database.prisma, platform, logger }));
  stopOnSignals(async () => {
    await Promise.all([teams.stop(), scheduler.stop()]);
    await database.close();
  }, logger);
}
