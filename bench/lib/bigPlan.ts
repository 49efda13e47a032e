import type { Db } from '../../src/storage/database.js';

// A synthetic plan of any size for the sweep benches (bench/sweep.ts, bench/load.ts), written with
// createMany (the importer is measured on its own, bench/import.ts): one due date per activity spread
// over the year and 1 in 50 continuous ("Permanente"), 20 staffed offices (member U0000 in office 0,
// and so on), and what fell due before TODAY done except 1 in 20 activities running late.

export const YEAR = 2025;
export const TODAY = '2025-06-10';
export const OFFICES = 20;
const CHUNK = 2000;

function dayOfYear(index: number): string {
  const day = new Date(Date.UTC(YEAR, 0, 1 + (index % 365)));
  return day.toISOString().slice(0, 10);
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** The plan of `size` activities, active; returns its id. */
export async function seedPlan(db: Db, size: number): Promise<number> {
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
  return plan.id;
}
