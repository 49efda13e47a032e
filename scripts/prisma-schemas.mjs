// Derives the PostgreSQL schema from prisma/schema.prisma, the single source of truth for the
// models: a Prisma schema cannot take its provider from the environment (prisma/prisma#1487),
// and a generated client is tied to one provider.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPaths = {
  sqlite: join(root, 'prisma/schema.prisma'),
  postgresql: join(root, 'prisma/.derived/postgresql.prisma'),
};

export function derivePostgresSchema(sqliteSchema) {
  const replacements = [
    ['../src/storage/generated/sqlite', '../../src/storage/generated/postgresql'],
    ['provider = "sqlite"', 'provider = "postgresql"'],
    ['url      = "file:./unused.db"', 'url      = "postgresql://unused"'],
  ];
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`prisma/schema.prisma no longer contains: ${from}`);
    return text.replace(from, to);
  }, sqliteSchema);
}

export function writeDerivedSchemas(
  source = readFileSync(schemaPaths.sqlite, 'utf8'),
  target = schemaPaths.postgresql,
) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    `// Generated from prisma/schema.prisma by scripts/prisma-schemas.mjs. Do not edit.\n${derivePostgresSchema(source)}`,
  );
  return target;
}
