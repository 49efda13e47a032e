import { join } from 'node:path';
import { importPlanFile } from '../../src/importer/index.js';
import { openDatabase } from '../../src/storage/database.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { ROOT } from './processes.js';

/** One `/avance` a bench client sends: its text and who types it. */
export interface BenchCommand {
  text: string;
  userId: string;
}

/**
 * The sample plan (Tauramena 2024), with one bench user per responsible office, and the commands
 * the benches send: each current activity in turn, logged by a member of its first office. A team
 * logs across its activities, so no single activity's history grows out of all proportion.
 */
export async function seedSamplePlan(url: string): Promise<BenchCommand[]> {
  const database = await openDatabase(url);
  try {
    const file = join(ROOT, 'samples/tauramena-2024.xlsx');
    const imported = await importPlanFile(file, {});
    if (!imported.ok) throw new Error(`sample did not import: ${JSON.stringify(imported.errors)}`);
    const { planId } = await savePlanDraft(database.prisma, imported.plan, { sourceFile: file, authorId: 'bench' });
    const view = await loadPlanView(database.prisma, planId);
    const commands: BenchCommand[] = [];
    for (const activity of view.activities) {
      const office = activity.offices[0];
      if (office === undefined) continue;
      const userId = benchUser(office.id);
      await assignMemberToOffice(database.prisma, userId, office.name);
      // Thousands of entries pass any target: each is confirmed, as a user would after the first ask.
      commands.push({ text: `${activity.code} 1 confirmar`, userId });
    }
    if (commands.length === 0) throw new Error('the sample has no activity with an office');
    return commands;
  } finally {
    await database.close();
  }
}

function benchUser(officeId: number): string {
  return `U0BENCH${officeId}`;
}

export async function countEntries(url: string): Promise<number> {
  const database = await openDatabase(url);
  try {
    return await database.prisma.progressEntry.count({ where: { authorId: { startsWith: 'U0BENCH' } } });
  } finally {
    await database.close();
  }
}
