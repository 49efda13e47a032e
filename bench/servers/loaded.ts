import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import { instantAt } from '../../src/domain/reminders/index.js';
import { importPlanFile } from '../../src/importer/index.js';
import { jobDepsOf } from '../../src/jobs/context.js';
import { renderDigestForOutbox } from '../../src/jobs/digestContent.js';
import { runReminderSweep } from '../../src/jobs/reminderSweep.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp } from '../../src/platforms/slack/app.js';
import { slackSdkLogger } from '../../src/platforms/slack/logger.js';
import { createJobSlackClient, slackPlatform } from '../../src/platforms/slack/platform.js';
import { openDatabase } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';

// Rinde's Slack HTTP process, composed as src/main.ts composes it (the Bolt app, then the jobs on the
// Slack platform), whose scheduled jobs the load bench (bench/load.ts) starts over IPC instead of by
// cron, so that they run on demand, in this process, beside the /avance commands it is sent:
//   { phase: 'idle' | 'loaded' } starts a phase; in `loaded`, the reminder sweep and the weekly
//   digest's rendering (its chart included) start at once and it answers { jobs } when both ended;
//   { end: true } ends the phase, answering with its event-loop delay. { warm: true } runs each once.
// Env: the usual Rinde variables, plus LOAD_PLAN_ID (the plan the sweep and digest read), and
// LOAD_IMPORT_FILES (comma-separated): when set, a loaded phase also imports the next of them in this
// process, read and saved as an upload in chat does (BENCH_LOAD_IMPORT=in-process).

type Message = { phase: 'idle' | 'loaded' } | { end: true } | { warm: true };

const loaded = loadConfig(process.env);
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const { config } = loaded;
const planId = Number(process.env.LOAD_PLAN_ID);
// The seeded plan's Tuesday morning; each sweep after the first moves a week on, so that it has reminders to send.
const FIRST_SWEEP = instantAt('2025-06-10', 9 * 60, 'America/Bogota');
const WEEK_MS = 7 * 24 * 3600_000;

const logger = createLogger(config.LOG_LEVEL, { secrets: [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET] });
const database = await openDatabase(config.DATABASE_URL);
const slack = createSlackApp({ config, db: database.prisma, logger, clock: () => new Date() });
const { port } = await slack.start();
await slack.ready();
const jobClient = createJobSlackClient(config.SLACK_BOT_TOKEN ?? '', {
  slackApiUrl: config.SLACK_API_URL,
  logger: slackSdkLogger(logger, 'web-api'),
});
const jobs = jobDepsOf(config, { db: database.prisma, platform: slackPlatform(jobClient), logger });

let sweeps = 0;

const sweep = async () => {
  const now = new Date(FIRST_SWEEP.getTime() + sweeps++ * WEEK_MS);
  await runReminderSweep({ ...jobs, now, clock: () => now });
};
const digest = () => renderDigestForOutbox(jobs, planId, FIRST_SWEEP);
const importFiles = (process.env.LOAD_IMPORT_FILES ?? '').split(',').filter((file) => file !== '');
let imports = 0;
const importInProcess = async () => {
  const file = importFiles[++imports % importFiles.length] ?? '';
  const result = await importPlanFile(file, {});
  if (!result.ok) throw new Error(`the bench spreadsheet did not import: ${JSON.stringify(result.errors)}`);
  await savePlanDraft(database.prisma, result.plan, { sourceFile: file, authorId: 'bench' });
};
const JOBS: Record<string, () => Promise<unknown>> =
  importFiles.length === 0 ? { sweep, digest } : { sweep, digest, import: importInProcess };

const delay = monitorEventLoopDelay({ resolution: 10 });

/** Runs `job` once, answering with how long it took in ms, or how it failed: a failure is a figure too. */
async function timed(job: () => Promise<unknown>): Promise<number | string> {
  const started = performance.now();
  try {
    await job();
    return performance.now() - started;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return `failed after ${Math.round(performance.now() - started)} ms: ${code ?? message?.trim().split('\n').at(-1)}`;
  }
}

function send(message: object): void {
  process.send?.(message);
}

process.on('message', (message: Message) => {
  if ('warm' in message) {
    // The first chart of a process loads vega and resvg: not the steady state measured.
    void Promise.all([sweep(), digest()]).then(() => send({ warmed: true }));
  } else if ('phase' in message) {
    delay.reset();
    delay.enable();
    if (message.phase === 'loaded') {
      const names = Object.keys(JOBS);
      void Promise.all(names.map((name) => timed(JOBS[name] ?? (async () => undefined)))).then((durations) =>
        send({ jobs: Object.fromEntries(names.map((name, i) => [name, durations[i]])) }),
      );
    }
  } else {
    delay.disable();
    const ms = (nanoseconds: number) => nanoseconds / 1e6;
    send({ eventLoop: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) } });
  }
});
// Stopped as main.ts stops it, so that a CPU profile (node --cpu-prof) is written on the way out.
process.once('SIGTERM', () => {
  void slack
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
send({ port });
