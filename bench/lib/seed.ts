import { join } from 'node:path';
import { importPlanFile } from '../../src/importer/index.js';
import { findActivityByCode } from '../../src/storage/activities.js';
import { openDatabase } from '../../src/storage/database.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { ROOT } from './processes.js';

export const BENCH_USER = 'U0PRENSA';
export const BENCH_ACTIVITY = '1.2';

/** The sample plan (Tauramena 2024), with BENCH_USER a member of the office that answers for 1.2. */
export async function seedSamplePlan(url: string): Promise<void> {
  const database = await openDatabase(url);
  try {
    const file = join(ROOT, 'samples/tauramena-2024.xlsx');
    const imported = await importPlanFile(file, {});
    if (!imported.ok) throw new Error(`sample did not import: ${JSON.stringify(imported.errors)}`);
    const { planId } = await savePlanDraft(database.prisma, imported.plan, { sourceFile: file, authorId: 'bench' });
    const activity = await findActivityByCode(database.prisma, planId, BENCH_ACTIVITY);
    const office = activity?.offices[0];
    if (office === undefined) throw new Error(`${BENCH_ACTIVITY} has no office in the sample`);
    await assignMemberToOffice(database.prisma, BENCH_USER, office.name);
  } finally {
    await database.close();
  }
}

export async function countEntries(url: string): Promise<number> {
  const database = await openDatabase(url);
  try {
    return await database.prisma.progressEntry.count({ where: { authorId: BENCH_USER } });
  } finally {
    await database.close();
  }
}
