import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SQLITE_BUSY_TIMEOUT_MS } from './migrate.js';
import { ensureSqliteFolder } from './target.js';

/**
 * A database Rinde must not run on: one Spanish paragraph for the operator, saying what is wrong and
 * what to do. main() prints it and exits 1, as it does for a bad configuration.
 */
export class DatabaseStartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseStartupError';
  }
}

/**
 * Above this size the full `integrity_check` (which reads every page and index, about a second per
 * few hundred MB) gives way to `quick_check` (pages and structure, without cross-checking indexes).
 */
export const FULL_INTEGRITY_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/** Reported problems shown in the message; SQLite lists up to 100. */
const PROBLEMS_SHOWN = 3;

/** SQLite's own checks, as rows: ['ok'] for a sound file. */
interface SqliteHandle {
  pragma(source: string, options?: { simple?: boolean }): unknown;
  exec(source: string): unknown;
  close(): unknown;
}

function corrupted(file: string, problems: readonly string[]): DatabaseStartupError {
  const shown = problems
    .slice(0, PROBLEMS_SHOWN)
    .map((problem) => problem.replace(/\s+/g, ' ').trim())
    .join('; ');
  return new DatabaseStartupError(
    `La base de datos ${file} está dañada (SQLite: ${shown}). Rinde no arranca sobre ella para no registrar avances ` +
      'que luego se pierdan. Detenga Rinde, guarde una copia del archivo tal como está y restaure la última copia de ' +
      'seguridad; si no la tiene, `sqlite3 archivo.db ".recover" | sqlite3 recuperada.db` rescata lo que se pueda leer.',
  );
}

function readOnly(file: string, detail: string): DatabaseStartupError {
  return new DatabaseStartupError(
    `No puedo escribir en la base de datos ${file} (${detail}). Rinde guarda cada avance al registrarlo: dé permiso de ` +
      `escritura al usuario que ejecuta Rinde sobre el archivo y su carpeta (${dirname(file)}), que debe estar en un ` +
      'disco local con espacio libre.',
  );
}

function isPermissionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code);
}

/** integrity_check (or quick_check on big files): every problem SQLite reports. */
function integrityProblems(db: SqliteHandle, bytes: number): string[] {
  const pragma = bytes > FULL_INTEGRITY_CHECK_MAX_BYTES ? 'quick_check' : 'integrity_check';
  const rows = db.pragma(pragma) as Record<string, unknown>[];
  const problems = rows.map((row) => String(Object.values(row)[0]));
  return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
}

/** Rewrites the header's user_version with its own value, in a transaction rolled back: a real write, no change. */
function proveWritable(db: SqliteHandle): void {
  const version = Number(db.pragma('user_version', { simple: true }));
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    db.exec('ROLLBACK');
  }
}

/**
 * Before migrations and before the first request: the SQLite file is sound and writable. A garbage
 * page mid-file or a read-only volume would otherwise show only when a command writes, after an
 * acknowledged "Avance registrado" or with a stack trace. A new installation (no file yet) only
 * needs its folder to be writable.
 */
export async function checkSqliteFile(file: string): Promise<void> {
  if (!existsSync(file)) {
    try {
      ensureSqliteFolder(file);
      accessSync(dirname(file), constants.W_OK);
    } catch (error) {
      throw readOnly(file, (error as Error).message);
    }
    return;
  }
  const { default: SQLiteDatabase } = await import('better-sqlite3');
  let db: SqliteHandle;
  try {
    db = new SQLiteDatabase(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw readOnly(file, (error as Error).message);
  }
  try {
    let problems: string[];
    try {
      problems = integrityProblems(db, statSync(file).size);
    } catch (error) {
      // A WAL database needs to write its -shm file even to read: a read-only one fails here.
      if (isPermissionError(error)) throw readOnly(file, (error as Error).message);
      // Too damaged to be read at all ("file is not a database", "database disk image is malformed").
      problems = [(error as Error).message];
    }
    if (problems.length > 0) throw corrupted(file, problems);
    try {
      proveWritable(db);
    } catch (error) {
      throw readOnly(file, (error as Error).message);
    }
  } finally {
    db.close();
  }
}

/**
 * A PostgreSQL server that only reads (a standby, a database set `default_transaction_read_only`)
 * would take every command and fail it: said at start instead.
 */
export async function checkPostgresWritable(
  pool: { query(text: string): Promise<{ rows: { transaction_read_only?: string }[] }> },
  url: string,
): Promise<void> {
  const { rows } = await pool.query('SHOW transaction_read_only');
  if (rows[0]?.transaction_read_only !== 'on') return;
  const where = url.replace(/\/\/[^@/]*@/, '//***@');
  throw new DatabaseStartupError(
    `La base de datos ${where} solo admite lecturas (transaction_read_only = on: ¿un servidor de réplica?). ` +
      'Apunte DATABASE_URL al servidor principal, donde Rinde pueda guardar los avances.',
  );
}
