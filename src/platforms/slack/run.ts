import type { Config } from '../../config.js';
import { jobDepsOf } from '../../jobs/context.js';
import { keepServingOnStrayErrors } from '../../lastResort.js';
import type { Logger } from '../../logger.js';
import { startScheduler } from '../../scheduler.js';
import { stopOnSignals } from '../../shutdown.js';
import type { Database } from '../../storage/database.js';
import { createSlackApp } from './app.js';
import { slackSdkLogger } from './logger.js';
import { createJobSlackClient, slackPlatform } from './platform.js';

/**
 * The Slack deployment. HTTP (or Socket Mode) first, so `/healthz` tells how the connection to Slack
 * goes; the scheduler only once Slack answered, so while it is out of reach due reminders wait in the
 * database (unclaimed, not failing attempts) and the first sweep after it answers catches up.
 */
export async function runSlack(database: Database, config: Config, logger: Logger): Promise<void> {
  keepServingOnStrayErrors(process, logger);
  const slack = createSlackApp({ config, db: database.prisma, logger, clock: () => new Date() });
  await slack.start();
  const jobClient = createJobSlackClient(config.SLACK_BOT_TOKEN ?? '', {
    slackApiUrl: config.SLACK_API_URL,
    logger: slackSdkLogger(logger, 'web-api'),
  });
  const jobs = jobDepsOf(config, { db: database.prisma, platform: slackPlatform(jobClient), logger });
  const scheduler = slack.ready().then((connected) => (connected ? startScheduler(config, jobs) : null));
  stopOnSignals(async () => {
    // Together: no new sweep starts while requests drain. Stopping Slack also ends a wait for it,
    // which settles `scheduler`.
    await Promise.all([slack.stop(), scheduler.then((running) => running?.stop())]);
    await database.close();
  }, logger);
}
