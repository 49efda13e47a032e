import type { ImportIssue } from '../domain/types.js';

/** Errors reject the file; warnings are shown and the import goes on. */
export class IssueLog {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  error(row: number | null, message: string): void {
    this.errors.push(issue(row, message));
  }

  warn(row: number | null, message: string): void {
    this.warnings.push(issue(row, message));
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
