import { expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { appendProgress } from '../../src/storage/progress.js';
import { updatePublication } from '../../src/storage/publication.js';
import { webDepsOf } from '../../src/web/index.js';
import { createPublicSite } from '../../src/web/site.js';
import { seedSamplePlan } from '../helpers/commands.js';
import { describeEachEngine } from '../helpers/database.js';
import { WEB_NOW } from './fixtures.js';

// The site's own statements (the data version, the plan lookups) on both engines.

describeEachEngine('the public site', (database) => {
  it('serves the plan once published and shows new progress at once', async () => {
    const { db } = database;
    await seedSamplePlan(db);
    const site = createPublicSite(
      webDepsOf(configSchema.parse({}), db, () => WEB_NOW),
      { revalidateMs: 0 },
    );
    expect((await site.respond('/vigencia/2024/')).status).toBe(404);
    await updatePublication(db, { published: true });
    const before = await site.respond('/datos/2024/plan.json');
    expect(before.status).toBe(200);
    expect(await site.respond('/datos/2024/plan.json')).toBe(before);
    const activity = await db.activity.findFirstOrThrow({ where: { code: '1.2', retiredAt: null } });
    await appendProgress(db, {
      activityId: activity.id,
      amount: 3,
      effectiveOn: '2024-08-01',
      authorId: 'U1',
      source: 'chat',
    });
    const after = await site.respond('/datos/2024/plan.json');
    const progressOf = (body: string | Buffer) =>
      (JSON.parse(String(body)) as { actividad_codigo: string; avance: number }[]).find(
        (r) => r.actividad_codigo === '1.2',
      )?.avance ?? Number.NaN;
    expect(progressOf(after.body)).toBe(progressOf(before.body) + 3);
  });
});
