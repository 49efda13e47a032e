import { existsSync } from 'node:fs';
import { loadConfig, usesSlack, usesTeams } from './config.js';
import { createLogger, errorSummary, type Logger } from './logger.js';
import { runConsoleDeployment } from './platforms/console/run.js';
import { simulatedDay } from './platforms/console/simulatedDate.js';
import { openDatabase } from './storage/database.js';
import { ensureAdmins } from './usecases/home.js';

/**
 * Composition only: configuration → database → the configured platform, which starts its server and
 * the scheduler. Slack's and Teams' modules load only when chosen, so the console starts without their SDKs.
 */

/** A configuration problem is one Spanish line for whoever starts Rinde; anything else is a bug with its stack. */
function reportStartupFailure(error: unknown, logger: Logger): void {
  if (error instanceof Error && error.name === 'SlackConfigError') {
    console.error(`La configuración no es válida: ${error.message}`);
  } else if (error instanceof Error && error.name === 'DatabaseStartupError') {
    console.error(error.message);
  } else {
    logger.fatal({ err: errorSummary(error) }, 'start-up failed');
  }
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error(`La configuración no es válida:\n${loaded.problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const { config } = loaded;
  const chat = usesSlack(config) || usesTeams(config);
  // The console's date; the chat platforms always live on today.
  const simulated = chat ? { ok: true as const, day: null } : simulatedDay(process.argv.slice(2), process.env);
  if (!simulated.ok) {
    console.error(simulated.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(chat ? config.LOG_LEVEL : 'warn', {
    secrets: [config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET, config.TEAMS_APP_PASSWORD],
  });
  try {
    const database = await openDatabase(config.DATABASE_URL);
    await ensureAdmins(database.prisma, config.ADMIN_USERS);
    if (usesTeams(config)) await (await import('./platforms/teams/run.js')).runTeams(database, config, logger);
    else if (usesSlack(config)) await (await import('./platforms/slack/run.js')).runSlack(database, config, logger);
    else await runConsoleDeployment(database, config, logger, simulated.day);
  } catch (error) {
    reportStartupFailure(error, logger);
    // Whatever was opened (the database pool) must not keep a failed start-up alive.
    process.exit(1);
  }
}

await main();
