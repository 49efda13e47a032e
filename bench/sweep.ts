import { configSchema } from '../src/config.js';
import { instantAt } from '../src/domain/reminders/index.js';
import { jobDepsOf } from '../src/jobs/context.js';
import { dueReminders } from '../src/jobs/dueReminders.js';
import { runReminderSweep } from '../src/jobs/reminderSweep.js';
import type { ChatPlatform } from '../src/platforms/port.js';
import { noticeMessage } from '../src/platforms/slack/blocks/notices.js';
import { type Db, openDatabase, refreshStatistics } from '../src/storage/database.js';
import { availableEngines, scratchDatabase } from './lib/databases.js';
import { elapsedMs, printTable } from './lib/stats.js';

// The reminder sweep on plans of 1,000, 10,000 and 100,000 activities, each with one due date spread
// over the year and 1 in 50 continuous ("Permanente"), 20 staffed offices, and what fell due before
// today done except 1 in 20 activities running late. A sweep at 09:00 on a Tuesday: the first sends
// what is due (to a deliverer that only counts), the second finds it all claimed, as every sweep after
// the first of the day does.

const SIZES = (process.env.BENCH_SWEEP_SIZES ?? '1000,10000,100000').split(',').map(Number);
const YEAR = 2025;
const TODAY = '2025-06-10';
const NOW = instantAt(TODAY, 9 * 60, 'America/Bogota');
const OFFICES = 20;
const CHUNK = 2000;

function dayOfYear(index: number): string {
  const day = new Date(Date.UTC(YEAR, 0, 1 + (index % 365)));
  return day.toISOString().slice(0, 10);
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** A synthetic plan written with createMany: the importer is measured on its own (bench/import.ts). */
async function seedPlan(db: Db, size: number): Promise<void> {
  const plan = await db.plan.create({
    data: {
      entity: `Plan ${size}`,
      entityKey: `plan-${size}`,
      year: YEAR,
      startsOn: `${YEAR}-01-01`,
      endsOn: `${YEAR}-12-31`,
      isActive: true,
    },
  });
  const sub = await db.subcomponent.create({
    data: { planId: plan.id, code: '1', name: 'Información', fullText: '1. Información', position: 1 },
  });
  await db.office.createMany({
    data: Array.from({ length: OFFICES }, (_, i) => ({ key: `oficina ${i}`, name: `Oficina ${i}` })),
  });
  const offices = await db.office.findMany({ select: { id: true } });
  await db.member.createMany({ data: offices.map((_, i) => ({ userId: `U${String(i).padStart(4, '0')}` })) });
  const members = await db.member.findMany({ select: { id: true } });
  await db.memberOffice.createMany({
    data: members.map((member, i) => ({ memberId: member.id, officeId: offices[i]?.id ?? 0 })),
  });
  const activities = Array.from({ length: size }, (_, i) => {
    const continuous = i % 50 === 0;
    return {
      planId: plan.id,
      subcomponentId: sub.id,
      code: `1.${i + 1}`,
      position: i + 1,
      title: `Actividad ${i + 1}`,
      product: 'Informe publicado',
      responsibleText: `Oficina ${i % OFFICES}`,
      target: 4,
      unit: 'count',
      scheduleText: continuous ? 'Permanente' : dayOfYear(i),
      scheduleKind: continuous ? 'continuous' : 'dates',
    };
  });
  await inChunks(activities, (chunk) => db.activity.createMany({ data: chunk }));
  const ids = await db.activity.findMany({
    where: { planId: plan.id },
    select: { id: true, scheduleKind: true },
    orderBy: { id: 'asc' },
  });
  const dueDates = ids.map(({ id, scheduleKind }, i) => ({
    activityId: id,
    sequence: 1,
    dueOn: scheduleKind === 'continuous' ? `${YEAR}-12-31` : dayOfYear(i),
  }));
  await inChunks(dueDates, (chunk) => db.dueDate.createMany({ data: chunk }));
  const links = ids.map(({ id }, i) => ({ activityId: id, officeId: offices[i % OFFICES]?.id ?? 0 }));
  await inChunks(links, (chunk) => db.activityOffice.createMany({ data: chunk }));
  // A plan in use: what fell due before today was done, except 1 in 20 activities running late.
  const done = dueDates.filter((due, i) => due.dueOn < TODAY && i % 20 !== 1);
  const entries = done.map((due) => ({
    activityId: due.activityId,
    amountTenThousandths: 40_000n,
    effectiveOn: due.dueOn,
    authorId: 'U0000',
    source: 'chat',
  }));
  await inChunks(entries, (chunk) => db.progressEntry.createMany({ data: chunk }));
}

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
