import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { type ExportFormat, writeSheetFile } from '../../src/export/files.js';
import { loadPlanSheet } from '../../src/export/load.js';
import { importPlanFile } from '../../src/importer/index.js';
import type { Db } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { SAMPLE_TSV, SAMPLE_XLSX, seedSamplePlan } from '../helpers/commands.js';
import { withTestDatabase } from '../helpers/database.js';
import { logSampleProgress, planSnapshot, scratchFolder } from './fixtures.js';

// Export the plan with its progress, import the file into an empty database, and nothing is lost:
// the same activities, offices, due dates, targets and progress, to the last binary digit.

const source = withTestDatabase('sqlite');
const copy = withTestDatabase('sqlite');

const AT = '2024-12-31';

async function exportTo(db: Db, planId: number, format: ExportFormat): Promise<string> {
  const file = join(scratchFolder(), `seguimiento.${format}`);
  await writeSheetFile(file, await loadPlanSheet(db, planId, { at: AT, bands: DEFAULT_STATUS_BANDS }), format);
  return file;
}

async function importInto(db: Db, file: string): Promise<number> {
  const result = await importPlanFile(file);
  if (!result.ok) throw new Error(`the export did not import: ${JSON.stringify(result.errors)}`);
  // Only the permanent activity 1.2 is flagged, as on the first import.
  expect(result.warnings.map((warning) => warning.message)).toEqual([
    expect.stringMatching(/^Fila \d+: la actividad 1\.2 es permanente/),
  ]);
  return (await savePlanDraft(db, result.plan, { authorId: 'reimport' })).planId;
}

describe.each([
  ['xlsx sample', SAMPLE_XLSX],
  ['tsv sample', SAMPLE_TSV],
])('round trip of the %s', (_name, sample) => {
  it.each(['xlsx', 'csv'] as const)('through %s reproduces the plan and its progress', async (format) => {
    const planId = await seedSamplePlan(source.db, sample);
    await logSampleProgress(source);
    const file = await exportTo(source.db, planId, format);

    const copiedPlanId = await importInto(copy.db, file);

    const original = await planSnapshot(source.db);
    const reimported = await planSnapshot(copy.db);
    expect(reimported).toEqual(original);
    expect(original.activities).toHaveLength(15);
    expect(original.activities.find((a) => a.code === '1.2')?.progress).toBe(12.5);
    expect(original.activities.find((a) => a.code === '2.5')?.progress).toBeCloseTo(0.3, 12);

    // And exporting the copy gives the same rows back: the notes survive in «Descripción».
    const again = await loadPlanSheet(copy.db, copiedPlanId, { at: AT, bands: DEFAULT_STATUS_BANDS });
    const first = await loadPlanSheet(source.db, planId, { at: AT, bands: DEFAULT_STATUS_BANDS });
    expect(again.groups).toEqual(first.groups);
    expect(again.header).toEqual(first.header);
  });
});
