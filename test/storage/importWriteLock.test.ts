import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/storage/database.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { withTestDatabase } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';

// `rinde import` and the bot are two processes on one SQLite file. A transaction that reads first and
// writes later fails with SQLITE_BUSY_SNAPSHOT when the other commits in between (the load bench saw it
// on every import while /avance was being logged); the import's transaction must write first.

/** Another process inserting a member at once, without waiting for the lock: exit 0 if it got in, 3 if busy. */
function otherProcessWrites(file: string): number | null {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { timeout: 0 });
    try { db.prepare("INSERT INTO \\"Member\\" (\\"userId\\") VALUES ('U_OTRO_PROCESO')").run(); }
    catch (error) { process.exit(error.code === 'SQLITE_BUSY' ? 3 : 1); }`;
  return spawnSync(process.execPath, ['-e', script, file], { cwd: process.cwd() }).status;
}

describe('savePlanDraft on SQLite, while another process writes', () => {
  const t = withTestDatabase('sqlite');

  it('holds the write lock before its first read, so a commit in between cannot fail the re-import', async () => {
    const importer = { authorId: 'U_ADMIN', sourceFile: 'plan.xlsx' };
    await savePlanDraft(t.db, buildPlanDraft(), importer);
    const others: (number | null)[] = [];
    // The other process tries its write right after the import's first read of the plan.
    const db = t.db.$extends({
      query: {
        plan: {
          async findUnique({ args, query }) {
            const found = await query(args);
            others.push(otherProcessWrites(t.url.replace(/^file:/, '')));
            return found;
          },
        },
      },
    }) as unknown as Db;
    await expect(savePlanDraft(db, buildPlanDraft(), importer)).resolves.toMatchObject({ created: false });
    expect(others).toEqual([3]);
    expect(await t.db.member.count({ where: { userId: 'U_OTRO_PROCESO' } })).toBe(0);
  });
});
