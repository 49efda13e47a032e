import type { ImportIssue } from '../domain/types.js';

/**
 * Errors about the file refuse it; errors about a row leave that row out (or refuse the file
 * under `--strict`); warnings are shown and the import goes on.
 */
export class IssueLog {
  readonly errors: ImportIssue[] = [];
  readonly rowErrors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  error(row: number | null, message: string): void {
    this.errors.push(issue(row, message));
  }

  /** A row that cannot be read: `where` names the column ("la columna G («Meta anual»)"). */
  rowError(row: number, where: string, message: string): void {
    this.rowErrors.push({ row, message: `Fila ${row}, ${where.replace(/^la /, '')}: ${message}` });
  }

  warn(row: number | null, message: string): void {
    this.warnings.push(issue(row, message));
  }

  /** The rows left out, each once. */
  skippedRows(): Set<number> {
    return new Set(this.rowErrors.map((error) => error.row ?? 0));
  }
}

/**
 * Messages about a row start with "Fila N:", the way users find it in their spreadsheet; the
 * same wording stands as a sentence of its own when it concerns the whole file.
 */
function issue(row: number | null, message: string): ImportIssue {
  if (row !== null) return { row, message: `Fila ${row}: ${message}` };
  return { row, message: message.charAt(0).toUpperCase() + message.slice(1) };
}

const NUMBER_FORMAT = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

/** 2,5 and 1.000, as the user's own spreadsheet shows them. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}
