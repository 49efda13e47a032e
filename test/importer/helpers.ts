import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Grid, ImportResult, SheetCell } from '../../src/importer/index.js';

export const SAMPLE_TSV = '/work/shared/samples/tauramena-2024.tsv';
export const SAMPLE_XLSX = '/work/shared/samples/tauramena-2024.xlsx';

export function sampleTsvText(): string {
  return readFileSync(SAMPLE_TSV, 'utf8');
}

/** A fresh folder under the OS temp dir, removed when the test file ends. */
export function tempFolder(): (name: string, content?: string | Buffer) => string {
  const folder = mkdtempSync(join(tmpdir(), 'rinde-import-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return (name, content) => {
    const path = join(folder, name);
    if (content !== undefined) writeFileSync(path, content);
    return path;
  };
}

/** A grid whose rows are numbered from 1, as a sheet's are. */
export function gridOf(rows: SheetCell[][], name = 'Hoja1'): Grid {
  return { name, rows: rows.map((cells, index) => ({ row: index + 1, cells })) };
}

export function expectOk(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the import to succeed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result;
}

export function expectRejected(result: ImportResult): Extract<ImportResult, { ok: false }> {
  if (result.ok) throw new Error('expected the import to be rejected');
  return result;
}

export function messages(issues: readonly { message: string }[]): string[] {
  return issues.map((issue) => issue.message);
}
