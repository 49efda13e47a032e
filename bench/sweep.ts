import { configSchema } from '../src/config.js';
import { instantAt } from '../src/domain/reminders/index.js';
import { jobDepsOf } from '../src/jobs/context.js';
import { dueReminders } from '../src/jobs/dueReminders.js';
import { runReminderSweep } from '../src/jobs/reminderSweep.js';
import type { ChatPlatform } from '../src/platforms/port.js';
import { noticeMessage } from '../src/platforms/slack/blocks/notices.js';
import { openDatabase, refreshStatistics } from '../src/storage/database.js';
import { seedPlan, TODAY } from './lib/bigPlan.js';
import { availableEngines, scratchDatabase } from './lib/databases.js';
import { elapsedMs, printTable } from './lib/stats.js';

// The reminder sweep on plans of 1,000, 10,000 and 100,000 activities, each with one due date spread
// over the year and 1 in 50 continuous ("Permanente"), 20 staffed offices, and what fell due before
// today done except 1 in 20 activities running late. A sweep at 09:00 on a Tuesday: the first sends
// what is due (to a deliverer that only counts), the second finds it all claimed, as every sweep after
// the first of the day does.

const SIZES = (process.env.BENCH_SWEEP_SIZES ?? '1000,10000,100000').split(',').map(Number);
const NOW = instantAt(TODAY, 9 * 60, 'America/Bogota');

/** Renders each reminder as Slack would (that cost is part of a sweep) and counts it instead of posting it. */
function countingPlatform() {
  let sent = 0;
  const platform: ChatPlatform = {
    directMessage: async (_userId, notice) => {
      noticeMessage(notice);
      sent++;
    },
    channelMessage: async () => undefined,
    uploadPng: async () => undefined,
  };
  return { platform, sent: () => sent };
}

async function measure(engine: 'sqlite' | 'postgresql', size: number) {
  const scratch = await scratchDatabase(engine);
  const database = await openDatabase(scratch.url);
  try {
    await seedPlan(database.prisma, size);
    // As `rinde import` does: without statistics PostgreSQL joins the due dates by nested loops over
    // the whole plan until autovacuum analyses the freshly loaded tables.
    await refreshStatistics(database);
    const counting = countingPlatform();
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const deps = jobDepsOf(configSchema.parse({}), { db: database.prisma, platform: counting.platform, logger });
    // What is due, read and planned without sending: the part whose cost must not follow the plan's size.
    let started = process.hrtime.bigint();
    await dueReminders(database.prisma, deps.settings, deps.calendar, NOW);
    const planMs = elapsedMs(started);
    started = process.hrtime.bigint();
    const first = await runReminderSweep({ ...deps, now: NOW });
    const firstMs = elapsedMs(started);
    started = process.hrtime.bigint();
    await runReminderSweep({ ...deps, now: new Date(NOW.getTime() + 5 * 60_000) });
    const secondMs = elapsedMs(started);
    return [engine, size, first.due.length, counting.sent(), planMs, firstMs, secondMs];
  } catch (error) {
    // A sweep that fails is a figure too: report it instead of ending the run.
    const reason = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}` : String(error);
    const line = error instanceof Error ? error.message.trim().split('\n').at(-1) : '';
    console.log(`${engine}, ${size} activities: the sweep failed (${reason}): ${line}`);
    return [engine, size, '—', '—', `failed: ${reason}`, '—', '—'];
  } finally {
    await database.close();
    await scratch.drop();
  }
}

const rows: (string | number)[][] = [];
for (const engine of await availableEngines()) for (const size of SIZES) rows.push(await measure(engine, size));
printTable(
  'Reminder sweep at 09:00 on Tuesday 10 June 2025 (one due date per activity, 1 in 50 continuous, 1 in 20 late)',
  ['engine', 'activities', 'reminders due', 'DMs sent', 'what is due ms', 'first sweep ms', 'next sweep ms'],
  rows,
);
