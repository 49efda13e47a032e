import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

// The JS engine keeps the Prisma CLI from downloading native engines, which this project's
// machines (and many government networks) cannot reach.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  // The CLI only diffs schemas here (no database is touched), but the JS engine wants an adapter.
  adapter: async () => new PrismaBetterSQLite3({ url: ':memory:' }),
});
