import { expect, it } from 'vitest';
import { savePlanDraft } from '../../src/storage/plans.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildActivityDraft, buildPlanDraft } from '../helpers/planDraft.js';

const ROWS = 400;

function bigPlan(title: string) {
  return buildPlanDraft({
    activities: Array.from({ length: ROWS }, (_, index) =>
      buildActivityDraft({ code: `1.${index + 1}`, title: `${title} ${index + 1}` }),
    ),
  });
}

/**
 * An import that updates every activity runs one statement per row. On better-sqlite3 each settles in
 * microtasks, so without a yield the event loop would get no turn until the whole import commits, and a
 * Slack command arriving meanwhile could not even be acknowledged within its 3 s.
 */
describeEachEngine('a large re-import', (t) => {
  it('gives the event loop turns while it writes', async () => {
    await savePlanDraft(t.db, bigPlan('Publicar'), { authorId: 'U_ADMIN' });
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    try {
      const result = await savePlanDraft(t.db, bigPlan('Socializar'), { authorId: 'U_ADMIN' });
      const turnsDuringImport = turns;
      expect(result.activities.updated).toBe(ROWS);
      expect(turnsDuringImport).toBeGreaterThanOrEqual(ROWS / 100);
    } finally {
      clearInterval(counting);
    }
  });
});
