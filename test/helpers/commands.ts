import { join } from 'node:path';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { importPlanFile } from '../../src/importer/index.js';
import type { Db } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import type { CommandContext } from '../../src/usecases/context.js';
import type { Stores } from './database.js';

export const SAMPLE_XLSX = join(import.meta.dirname, '../../samples/tauramena-2024.xlsx');
export const SAMPLE_TSV = join(import.meta.dirname, '../../samples/tauramena-2024.tsv');

/** 16 July 2024, 09:00 in Bogotá: inside the sample plan's vigencia, the day after 1.1 was due. */
export const SAMPLE_NOW = new Date('2024-07-16T14:00:00Z');

/** A command context as a chat platform builds it, with defaults a test overrides where it cares. */
export function buildContext({ db }: Stores, overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    db,
    now: SAMPLE_NOW,
    timeZone: 'America/Bogota',
    bands: DEFAULT_STATUS_BANDS,
    caller: { userId: 'U_PRENSA', displayName: 'Ana Prensa' },
    source: 'chat',
    mention: (userId) => `<@${userId}>`,
    ...overrides,
  };
}

/** Imports the Tauramena sample through the real importer and storage; returns the plan ID. */
export async function seedSamplePlan(db: Db, file = SAMPLE_XLSX): Promise<number> {
  const result = await importPlanFile(file);
  if (!result.ok) throw new Error(`sample did not import: ${JSON.stringify(result.errors)}`);
  const saved = await savePlanDraft(db, result.plan, { sourceFile: file, authorId: 'test' });
  return saved.planId;
}
