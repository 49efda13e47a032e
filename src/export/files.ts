import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { writeCsv } from './csv.js';
import type { PlanSheet } from './sheet.js';
import { writeXlsx } from './xlsx.js';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportedFile {
  filename: string;
  bytes: Buffer;
}

/** The format a path asks for by its extension; null for anything else. */
export function formatOfPath(path: string): ExportFormat | null {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  return null;
}

export function renderSheet(sheet: PlanSheet, format: ExportFormat): Promise<Buffer> {
  return format === 'xlsx' ? writeXlsx(sheet) : Promise.resolve(writeCsv(sheet));
}

/** "rendicion-de-cuentas-2024-al-2024-08-31.xlsx": sorts by date and survives any file system. */
export function exportFileName(year: number, at: string, format: ExportFormat): string {
  return `rendicion-de-cuentas-${year}-al-${at}.${format}`;
}

export async function writeSheetFile(path: string, sheet: PlanSheet, format: ExportFormat): Promise<void> {
  await writeFile(path, await renderSheet(sheet, format));
}
