import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

/** Where a database lives, once its URL has been understood. */
export type DatabaseTarget = { provider: 'sqlite'; file: string } | { provider: 'postgresql'; url: string };

/**
 * `file:./data/rinde.db` (relative to the working directory, as Prisma reads it) or
 * `postgresql://…` / `postgres://…`.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) {
    // Prisma-style URLs may carry options after '?'; better-sqlite3 wants a bare path.
    const path = url.slice('file:'.length).replace(/\?.*$/, '');
    if (path !== '') return { provider: 'sqlite', file: resolve(path) };
  }
  throw new Error(`URL de base de datos no reconocida (se espera file:… o postgresql://…): ${redact(url)}`);
}

/** A fresh install has no data folder yet; SQLite would fail to create the file. */
export function ensureSqliteFolder(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
