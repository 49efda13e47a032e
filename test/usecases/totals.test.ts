import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { loadDigest } from '../../src/digest/load.js';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { loadPlanSheet } from '../../src/export/load.js';
import { runCli } from '../../src/platforms/cli/main.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { planStatus } from '../../src/usecases/estado.js';
import { runCommand } from '../../src/usecases/index.js';
import { buildContext, seedSamplePlan } from '../helpers/commands.js';
import { createScratchDatabase, describeEachEngineRaw, type ScratchDatabase } from '../helpers/database.js';
import { readEntries } from '../helpers/progress.js';

// Issue 17: `/avance 1.2 10`, then a 1e18, then `deshacer` left chat at 0/40 and the CLI and the export
// at 10/40. Every view reads the one total (storage/totals.ts); here each is checked against the sum of
// the stored entries after every step, in several orders.

/** Thu 5 Sep 2024, 10:00 in Bogotá: inside the sample's vigencia, after the 31 August cut-off. */
const NOW = new Date('2024-09-05T15:00:00Z');
const TODAY = '2024-09-05';
const CUTOFF = '2024-08-31';

async function cli(url: string, ...args: string[]): Promise<unknown> {
  let stdout = '';
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await runCli(args, {
    env: { DATABASE_URL: url },
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink(() => undefined),
    now: () => NOW,
  });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

type Found = { id?: string | number; code?: string; progress: number };
const of12 = (list: Found[]) => list.find((a) => a.id === '1.2' || a.code === '1.2')?.progress;

describeEachEngineRaw('the activity’s total, everywhere', (provider) => {
  let scratch: ScratchDatabase;
  let database: Database;
  let planId: number;
  beforeAll(async () => {
    scratch = await createScratchDatabase(provider);
    database = await openDatabase(scratch.url);
  });
  afterAll(async () => {
    await database.close();
    await scratch.drop();
  });
  beforeEach(async () => {
    await database.prisma.plan.deleteMany();
    planId = await seedSamplePlan(database.prisma);
  });

  const ctx = () => buildContext({ db: database.prisma }, { now: NOW, actsAsAdmin: true });

  /** Every view of activity 1.2 against the sum of its stored entries (up to the cut-off for the cut-off report). */
  async function expectViewsAgree(chatProgress: number | undefined): Promise<number> {
    const entries = await readEntries(database.prisma, { activity: { planId, code: '1.2' } });
    const sum = (upTo: string) =>
      entries.filter((e) => e.effectiveOn <= upTo).reduce((total, e) => total + Math.round(e.amount * 10_000), 0) /
      10_000;
    const status = await planStatus(ctx());
    const cliStatus = (await cli(scratch.url, 'status', '--json')) as { activities: Found[]; summary: unknown };
    const cutoff = (await cli(scratch.url, 'cutoff', '--json')) as { activities: Found[] };
    const sheet = await loadPlanSheet(database.prisma, planId, { at: TODAY, bands: DEFAULT_STATUS_BANDS });
    const digest = await loadDigest(database.prisma, planId, NOW, {
      timeZone: 'America/Bogota',
      bands: DEFAULT_STATUS_BANDS,
    });
    const views = {
      chat: chatProgress ?? sum(TODAY),
      estado: of12(status.activities),
      cli: of12(cliStatus.activities),
      export: sheet.groups.flatMap((g) => g.rows).find((row) => row.id === '1.2')?.progress.value,
      cutoff: of12(cutoff.activities),
    };
    expect(views).toEqual({
      chat: sum(TODAY),
      estado: sum(TODAY),
      cli: sum(TODAY),
      export: sum(TODAY),
      cutoff: sum(CUTOFF),
    });
    expect(digest.summary).toEqual(status.summary);
    expect(cliStatus.summary).toEqual(status.summary);
    return sum(TODAY);
  }

  async function step(text: string): Promise<number> {
    const reply = await runCommand(ctx(), 'avance', text);
    return expectViewsAgree(reply.kind === 'progress-logged' ? reply.activity.progress : undefined);
  }

  it('10, then 1e18 (refused: no real amount is that large), then deshacer: 0 everywhere', async () => {
    expect(await step('1.2 10')).toBe(10);
    const huge = await runCommand(ctx(), 'avance', '1.2 1000000000000000000');
    expect(huge).toMatchObject({ kind: 'error', message: expect.stringContaining('no parece real') });
    expect(await expectViewsAgree(undefined)).toBe(10);
    expect(await step('deshacer')).toBe(0);
  });

  it('decimals, dated entries and undos in another order', async () => {
    expect(await step('1.2 2,5 fecha:30/08/2024')).toBe(2.5);
    expect(await step('1.2 0,1')).toBe(2.6);
    expect(await step('1.2 0,2 fecha:01/08/2024')).toBe(2.8);
    expect(await step('deshacer')).toBe(2.6);
    const [first] = await readEntries(database.prisma, { activity: { planId, code: '1.2' }, source: 'chat' });
    expect(await step(`deshacer #${first?.id}`)).toBe(0.1);
    expect(await step('1.2 12,3456')).toBe(12.4456);
  });

  it('an undo of an undone entry changes nothing anywhere', async () => {
    expect(await step('1.2 7')).toBe(7);
    expect(await step('deshacer')).toBe(0);
    expect(await runCommand(ctx(), 'avance', 'deshacer')).toMatchObject({ kind: 'error' });
    expect(await expectViewsAgree(undefined)).toBe(0);
    expect(await step('1.2 3')).toBe(3);
  });
});
