/**
 * Bound parameters one statement may carry. Prisma stops a query past SQLite's 999 (P2029) and
 * PostgreSQL allows 32,767; the smaller limit, less room for a statement's own parameters (plan id,
 * dates), is safe on both engines and still writes hundreds of rows per statement.
 */
const PARAMETERS_PER_STATEMENT = 900;

/** Splits `rows` so that a statement binding `parametersPerRow` values for each stays under the limit. */
export function chunksFor<T>(rows: readonly T[], parametersPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / parametersPerRow));
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
