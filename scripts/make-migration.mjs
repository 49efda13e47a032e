// Writes a new migration for both engines from the change between the last migrated schema
// (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma. Works offline: Prisma's
// WebAssembly schema engine diffs two schema files without any database.
// Usage: npm run db:migrations -- NAME
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, schemaPaths, writeDerivedSchemas } from './prisma-schemas.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migrations -- name_in_snake_case');
  process.exit(2);
}
const snapshot = join(root, 'prisma/migrations/schema.snapshot.prisma');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const derivedSnapshot = writeDerivedSchemas(
  existsSync(snapshot) ? readFileSync(snapshot, 'utf8') : readFileSync(schemaPaths.sqlite, 'utf8'),
  join(root, 'prisma/.derived/postgresql.snapshot.prisma'),
);
writeDerivedSchemas();
const snapshots = { sqlite: snapshot, postgresql: derivedSnapshot };
let wrote = false;
for (const [provider, schema] of Object.entries(schemaPaths)) {
  const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshots[provider]] : ['--from-empty'];
  const sql = execFileSync(
    'npx',
    ['--no-install', 'prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) continue;
  const dir = join(root, 'prisma/migrations', provider, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  console.log(`wrote ${dir}/migration.sql`);
  wrote = true;
}
if (wrote) copyFileSync(schemaPaths.sqlite, snapshot);
else console.log('No schema changes.');
