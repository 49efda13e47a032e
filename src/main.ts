import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { type Config, loadConfig, type TeamsCredentials, usesSlack, usesTeams } from './config.js';
import { isoDateInZone, isoParts } from './domain/dates.js';
import { shiftPlanToYear } from './domain/shiftPlan.js';
import type { IsoDate } from './domain/types.js';
import { importPlanFile } from './importer/index.js';
import { jobDepsOf } from './jobs/context.js';
import { keepServingOnStrayErrors } from './lastResort.js';
import { createLogger, errorSummary, type Logger } from './logger.js';
import { packageRoot } from './paths.js';
import { runConsole } from './platforms/console/console.js';
import { consolePlatform } from './platforms/console/platform.js';
import { clockOn, simulatedDay } from './platforms/console/simulatedDate.js';
import { createJobSlackClient, slackPlatform } from './platforms/slack/platform.js';
import { startScheduler } from './scheduler.js';
import { type Database, openDatabase } from './storage/database.js';
import { getActivePlan, savePlanDraft } from './storage/plans.js';
import { configuredContext } from './usecases/context.js';
import { ensureAdmins } from './usecases/home.js';
import { publicPages } from './web/index.js';

const CONSOLE_USER = 'consola';
/** Where the console says channel notices go when PLANNING_CHANNEL is unset: there is one screen anyway. */
const CONSOLE_CHANNEL = 'consola';

/**
 * A new installation with no plan gets the sample, moved to the current year, so the first command already shows
 * something to do rather than a past vigencia that is all overdue and closed for logging.
 */
async function loadSampleIfEmpty(database: Database, config: Config, logger: Logger, now: Date): Promise<void> {
  if ((await getActivePlan(database.prisma)) !== null) return;
  const file = config.SAMPLE_PLAN ?? join(packageRoot(), 'samples/tauramena-2024.xlsx');
  // Strict: a sample with rows left out would start the bot on a plan nobody looked at.
  const result = await importPlanFile(file, { strict: true });
  if (!result.ok) {
    logger.warn({ file, errors: result.errors }, 'sample plan could not be imported');
    return;
  }
  const year = isoParts(isoDateInZone(now, config.TIME_ZONE)).year;
  const plan = shiftPlanToYear(result.plan, year);
  await savePlanDraft(database.prisma, plan, { sourceFile: file, authorId: 'rinde', now });
  const sheetYear = isoParts(result.plan.vigencia.from).year;
  const moved =
    sheetYear === year
      ? ''
      : ` Sus fechas van corridas de ${sheetYear} a ${year} para que /pendientes y los recordatorios tengan sentido hoy.`;
  process.stdout.write(`Cargué el plan de ejemplo (${plan.entity}) porque la base de datos estaba vacía.${moved}\n`);
}

/**
 * The console's deployment serves the public pages on PORT as the Slack one does. A port already
 * taken (a second console on the machine) leaves the console working without them.
 */
async function startWebServer(
  database: Database,
  config: Config,
  logger: Logger,
  clock: () => Date,
): Promise<Server | null> {
  const server = createServer(publicPages(config, database.prisma, clock, logger));
  return new Promise((resolve) => {
    server.once('error', (error) => {
      logger.info({ err: errorSummary(error), port: config.PORT }, 'public pages not served: the port is taken');
      resolve(null);
    });
    server.listen(config.PORT, () => resolve(server));
  });
}

/**
 * With a person at the terminal the jobs run too, and the console prints what they send; a piped run
 * (a script) answers its lines and ends with its input, whatever the clock says. `day`: the date given
 * with --at or RINDE_NOW, which the console lives on; null for today.
 */
async function startConsole(database: Database, config: Config, logger: Logger, day: IsoDate | null): Promise<void> {
  const clock = day === null ? () => new Date() : clockOn(day, config.TIME_ZONE);
  await loadSampleIfEmpty(database, config, logger, clock());
  const interactive = process.stdin.isTTY === true;
  const web = await startWebServer(database, config, logger, clock);
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
  web?.closeAllConnections();
  await new Promise((resolve) => (web === null ? resolve(undefined) : web.close(resolve)));
  await database.close();
}

/** How long a shutdown may wait for in-flight requests and a running sweep before giving up. */
const SHUTDOWN_GRACE_MS = 25_000;

/**
 * HTTP (or Socket Mode) first, so `/healthz` tells how the connection to Slack goes; the scheduler only
 * once Slack answered, so while it is out of reach due reminders wait in the database (unclaimed, not
 * failing attempts) and the first sweep after it answers catches up.
 */
async function startSlack(database: Database, config: Config, logger: Logger): Promise<void> {
  const [{ createSlackApp }, { slackSdkLogger }] = await Promise.all([
    import('./platforms/slack/app.js'),
    import('./platforms/slack/logger.js'),
  ]);
  keepServingOnStrayErrors(process, logger);
  const slack = createSlackApp({
    config,
    db: database.prisma,
    logger,
    clock: () => new Date(),
  });
  await slack.start();
  const jobClient = createJobSlackClient(config.SLACK_BOT_TOKEN ?? '', {
    slackApiUrl: config.SLACK_API_URL,
    logger: slackSdkLogger(logger, 'web-api'),
  });
  const jobs = jobDepsOf(config, { db: database.prisma, platform: slackPlatform(jobClient), logger });
  const scheduler = slack.ready().then((connected) => (connected ? startScheduler(config, jobs) : null));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests and jobs in progress');
    const deadline = setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    // Together: no new sweep starts while requests drain. Stopping Slack also ends a wait for it,
    // which settles `scheduler`.
    await Promise.all([slack.stop(), scheduler.then((running) => running?.stop())]);
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Teams: the HTTP endpoint (`POST /api/messages`, `/healthz`), the command, card and install
 * listeners, and the scheduler, whose reminders, digests and cut-off reports go out through the
 * Teams platform (src/platforms/teams) with the same outbox as Slack's.
 */
async function startTeams(database: Database, config: Config & TeamsCredentials, logger: Logger): Promise<void> {
  const [{ createTeamsApp }, { clientCredentialsToken, teamsCloud }, { teamsPlatform }] = await Promise.all([
    import('./platforms/teams/app.js'),
    import('./platforms/teams/auth.js'),
    import('./platforms/teams/platform.js'),
  ]);
  keepServingOnStrayErrors(process, logger);
  const clock = () => new Date();
  const teams = createTeamsApp({ config, db: database.prisma, logger, clock });
  await teams.start();
  const token = clientCredentialsToken(config, clock);
  const { botScope } = teamsCloud(config);
  const platform = teamsPlatform({ db: database.prisma, token: () => token(botScope) });
  const scheduler = startScheduler(config, jobDepsOf(config, { db: database.prisma, platform, logger }));
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in progress');
    const deadline = setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    await Promise.all([teams.stop(), scheduler.stop()]);
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** A configuration problem is one Spanish line for whoever starts Rinde; anything else is a bug with its stack. */
function reportStartupFailure(error: unknown, logger: Logger | null): void {
  if (error instanceof Error && error.name === 'SlackConfigError') {
    console.error(`La configuración no es válida: ${error.message}`);
  } else if (error instanceof Error && error.name === 'DatabaseStartupError') {
    console.error(error.message);
  } else if (logger !== null) {
    logger.fatal({ err: errorSummary(error) }, 'start-up failed');
  } else {
    console.error(error);
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
    if (usesTeams(config)) await startTeams(database, config, logger);
    else if (usesSlack(config)) await startSlack(database, config, logger);
    else await startConsole(database, config, logger, simulated.day);
  } catch (error) {
    reportStartupFailure(error, logger);
    // Whatever was opened (the database pool) must not keep a failed start-up alive.
    process.exit(1);
  }
}

await main();
