import { basename, extname } from 'node:path';
import { parsePlanSheets } from './parsePlanGrid.js';
import { readGrids, readGridsFromBytes, UnreadableFileError } from './readGrid.js';
import type { ImportOptions, ImportResult } from './types.js';

/** Reads a plan file (.xlsx, .csv, .tsv, .txt); never throws for a bad file, it reports it. */
export async function importPlanFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    const grids = await readGrids(path);
    return parsePlanSheets(grids, { sourceName: basename(path, extname(path)), ...options });
  } catch (error) {
    return { ok: false, errors: [{ row: null, message: unreadableMessage(path, error) }], warnings: [] };
  }
}

/** Reads a plan file already in memory (an upload); `fileName` gives its format and stands in for the entity. */
export async function importPlanBytes(
  bytes: Buffer,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const grids = await readGridsFromBytes(bytes, fileName);
    return parsePlanSheets(grids, { sourceName: basename(fileName, extname(fileName)), ...options });
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return { ok: false, errors: [{ row: null, message: error.message }], warnings: [] };
  }
}

function unreadableMessage(path: string, error: unknown): string {
  if (error instanceof UnreadableFileError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `No existe el archivo «${path}». Revise la ruta.`;
  if (code === 'EACCES' || code === 'EPERM') return `No hay permiso para leer el archivo «${path}».`;
  if (code === 'EISDIR') return `«${path}» es una carpeta, no un archivo.`;
  throw error;
}
