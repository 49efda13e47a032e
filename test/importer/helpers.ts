import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Grid, ImportResult, SheetCell } from '../../src/importer/index.js';

export const SAMPLE_TSV = '/work/shared/samples/tauramena-2024.tsv';
export const SAMPLE_XLSX = '/work/shared/samples/tauramena-2024.xlsx';

/**
 * The one warning the Tauramena sample gets: activity 1.2 is "Permanentemente", which fixes no date, and
 * the import says what reminders it will get (with the default REMINDER_QUIET_DAYS, 30). Its row is 10 in
 * the .xlsx and 11 in the .tsv, which keeps a title line the workbook has in a merged cell.
 */
export function sampleWarnings(row: number) {
  return [
    {
      row,
      message: `Fila ${row}: la actividad 1.2 es permanente («Permanentemente»), sin fecha de corte: se importó con vencimiento al final de la vigencia (31 de diciembre de 2024). Rinde no enviará recordatorios antes de esa fecha ni de actividad vencida; solo avisará a sus responsables cada vez que pasen 30 días sin avance registrado, contados desde el inicio de la vigencia (5 de junio de 2024) o desde el último avance, hasta que se cumpla la meta o termine la vigencia. Si prefiere fechas de corte, escriba una frecuencia como «Trimestral» o una fecha.`,
    },
  ];
}

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
