import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAdmins } from './commands/home.js';
import { type Config, loadConfig, usesSlack } from './config.js';
import { runConsole } from './console/console.js';
import { importPlanFile } from './importer/index.js';
import { jobDepsOf } from './jobs/context.js';
import { createJobSlackClient, slackDeliverer } from './jobs/deliverer.js';
import { createLogger, type Logger } from './logger.js';
import { packageRoot } from './paths.js';
import { startScheduler } from './scheduler.js';
import { type Database, openDatabase } from './storage/database.js';
import { getActivePlan, savePlanDraft } from './storage/plans.js';

const CONSOLE_USER = 'consola';

/** A new installation with no plan gets the sample, so the first command already shows something. */
async function loadSampleIfEmpty(database: Database, config: Config, logger: Logger): Promise<void> {
  if ((await getActivePlan(database.prisma)) !== null) return;
  const file = config.SAMPLE_PLAN ?? join(packageRoot(), 'samples/tauramena-2024.xlsx');
  const result = await importPlanFile(file, {});
  if (!result.ok) {
    logger.warn({ file, errors: result.errors }, 'sample plan could not be imported');
    return;
  }
  await savePlanDraft(database.prisma, result.plan, { sourceFile: file, authorId: 'rinde' });
  process.stdout.write(`Cargué el plan de ejemplo (${result.plan.entity}) porque la base de datos estaba vacía.\n`);
}

async function startConsole(database: Database, config: Config, logger: Logger): Promise<void> {
  await loadSampleIfEmpty(database, config, logger);
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    context: () => ({
      db: database.prisma,
      now: new Date(),
      timeZone: config.TIME_ZONE,
      bands: config.STATUS_BANDS,
      caller: { userId: CONSOLE_USER, displayName: 'Consola local' },
      source: 'chat',
      mention: (userId) => `@${userId}`,
      actsAsAdmin: true,
    }),
  });
  await database.close();
}

async function startSlack(database: Database, config: Config, logger: Logger): Promise<void> {
  const { createSlackApp } = await import('./slack/app.js');
  const slack = createSlackApp({ config, db: database.prisma, logger, clock: () => new Date() });
  await slack.start();
  const deliverer = slackDeliverer(createJobSlackClient(config.SLACK_BOT_TOKEN ?? '', config.SLACK_API_URL));
  const scheduler = startScheduler(config, jobDepsOf(config, { db: database.prisma, deliverer, logger }));
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await scheduler.stop();
    await slack.stop();
    await database.close();
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
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
  const logger = createLogger(usesSlack(config) ? config.LOG_LEVEL : 'warn');
  const database = await openDatabase(config.DATABASE_URL);
  await ensureAdmins(database.prisma, config.ADMIN_USERS);
  await (usesSlack(config) ? startSlack(database, config, logger) : startConsole(database, config, logger));
}

await main();
