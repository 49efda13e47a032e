import type { Db } from '../../src/storage/database.js';
import type { Prisma } from '../../src/storage/generated/sqlite/client.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { type NewProgressEntry, type ProgressRecord, recordSelect, toRecord } from '../../src/storage/progress.js';
import { buildPlanDraft } from './planDraft.js';

/** Saves `draft` (by default the three-activity test plan); returns its ID and its activities' IDs by code. */
export async function savePlanWithIds(db: Db, draft = buildPlanDraft()) {
  const { planId } = await savePlanDraft(db, draft, { authorId: 'U_ADMIN' });
  const view = await loadPlanView(db, planId);
  const idOf = (code: string) => view.activities.find((a) => a.code === code)?.id ?? 0;
  return { planId, idOf };
}

/** A progress entry as the chat logs it, with defaults a test overrides where it cares. */
export function buildProgressEntry(activityId: number, overrides: Partial<NewProgressEntry> = {}): NewProgressEntry {
  return {
    activityId,
    amount: 1,
    effectiveOn: '2024-05-01',
    authorId: 'U1',
    authorName: 'Ana',
    source: 'chat',
    ...overrides,
  };
}

/** Stored entries as the application reads them (amounts in units), oldest first. */
export async function readEntries(db: Db, where: Prisma.ProgressEntryWhereInput = {}): Promise<ProgressRecord[]> {
  const rows = await db.progressEntry.findMany({ where, orderBy: { id: 'asc' }, select: recordSelect });
  return rows.map(toRecord);
}
