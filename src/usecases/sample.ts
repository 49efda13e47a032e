import { isoDateInZone, isoParts } from '../domain/dates.js';
import { shiftPlanToYear } from '../domain/shiftPlan.js';
import { importPlanFile } from '../importer/index.js';
import type { Db } from '../storage/database.js';
import { getActivePlan, savePlanDraft } from '../storage/plans.js';
import { messages } from '../wording/messages.js';

export type SampleLoad =
  | { status: 'plan-exists' }
  | { status: 'loaded'; text: string }
  | { status: 'unreadable'; errors: unknown[] };

/**
 * A new installation with no plan gets the sample, moved to the current year, so the first command already
 * shows something to do rather than a past vigencia that is all overdue and closed for logging.
 */
export async function loadSampleIfEmpty(
  db: Db,
  { file, now, timeZone }: { file: string; now: Date; timeZone: string },
): Promise<SampleLoad> {
  if ((await getActivePlan(db)) !== null) return { status: 'plan-exists' };
  // Strict: a sample with rows left out would start the bot on a plan nobody looked at.
  const result = await importPlanFile(file, { strict: true });
  if (!result.ok) return { status: 'unreadable', errors: result.errors };
  const year = isoParts(isoDateInZone(now, timeZone)).year;
  const plan = shiftPlanToYear(result.plan, year);
  await savePlanDraft(db, plan, { sourceFile: file, authorId: 'rinde', now });
  const sheetYear = isoParts(result.plan.vigencia.from).year;
  return { status: 'loaded', text: messages.sampleLoaded(plan.entity, sheetYear, year) };
}
