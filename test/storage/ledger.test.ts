import { expect, it } from 'vitest';
import { type LoggingRules, loggingRefusal } from '../../src/domain/logging.js';
import { activitiesForUser } from '../../src/storage/activities.js';
import type { LoggingRequest } from '../../src/storage/ledger/index.js';
import { assignMemberToOffice, setAdmin } from '../../src/storage/members.js';
import { getActivePlan, savePlanDraft, setActivePlan } from '../../src/storage/plans.js';
import { listProgress } from '../../src/storage/progress.js';
import { describeEachEngine, type TestDatabase } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';
import { buildProgressEntry, savePlanWithIds } from '../helpers/progress.js';

const nobody = { isAdmin: false, officeIds: [] };

describeEachEngine('progress ledger: logging context', (t) => {
  it('knows there is no plan before the first import', async () => {
    expect(await t.ledger.loggingContext({ planId: null, code: '1.1', userId: 'U1' })).toEqual({
      plan: null,
      activity: null,
      caller: nobody,
    });
  });

  it('reads the active plan and the activity, trimmed code and all, as the Prisma reader does', async () => {
    const { planId } = await savePlanWithIds(t.db);
    await assignMemberToOffice(t.db, 'U_COM', 'Oficina de Comunicaciones');
    const context = await t.ledger.loggingContext({ planId: null, code: ' 1.2 ', userId: 'U1' });
    expect(context.plan).toEqual({
      id: planId,
      entity: 'Alcaldía de San José',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
    });
    expect(context.activity).toEqual((await activitiesForUser(t.db, planId, 'U_COM'))[0]);
    expect(context.activity).toMatchObject({
      planId,
      code: '1.2',
      title: 'Actividad 1.2',
      target: 100,
      unit: 'percent',
      scheduleKind: 'periodic',
      subcomponent: { code: '1', name: 'Información' },
      offices: [{ name: 'Oficina de Comunicaciones' }, { name: 'Secretaría de Planeación' }],
      dueDates: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
    });
    expect(context.caller).toEqual(nobody);
    expect((await t.ledger.loggingContext({ planId, code: '9.9', userId: 'U1' })).activity).toBeNull();
  });

  it('does not find an activity the last import retired', async () => {
    const draft = buildPlanDraft();
    const { planId } = await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' });
    await savePlanDraft(t.db, { ...draft, activities: draft.activities.slice(1) }, { authorId: 'U_ADMIN' });
    const context = await t.ledger.loggingContext({ planId, code: '1.1', userId: 'U1' });
    expect(context).toMatchObject({ plan: { id: planId }, activity: null });
  });

  it('reads another plan when asked by ID, and finds no activity that plan lacks', async () => {
    const p2024 = await savePlanWithIds(t.db);
    const p2025 = await savePlanWithIds(
      t.db,
      buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' }, activities: [] }),
    );
    await setActivePlan(t.db, p2025.planId);
    expect((await getActivePlan(t.db))?.id).toBe(p2025.planId);
    const active = await t.ledger.loggingContext({ planId: null, code: '1.1', userId: 'U1' });
    expect(active).toMatchObject({ plan: { id: p2025.planId }, activity: null });
    const asked = await t.ledger.loggingContext({ planId: p2024.planId, code: '1.1', userId: 'U1' });
    expect(asked).toMatchObject({ plan: { id: p2024.planId }, activity: { id: p2024.idOf('1.1') } });
    expect(await t.ledger.loggingContext({ planId: 987654, code: '1.1', userId: 'U1' })).toMatchObject({ plan: null });
  });

  it('tells the caller’s offices and whether they are an admin', async () => {
    await savePlanWithIds(t.db);
    await assignMemberToOffice(t.db, 'U_COM', 'Oficina de Comunicaciones');
    await assignMemberToOffice(t.db, 'U_COM', 'Secretaría de Gobierno');
    await setAdmin(t.db, 'U_JEFE', true);
    const { activity, caller } = await t.ledger.loggingContext({ planId: null, code: '1.2', userId: 'U_COM' });
    const offices = new Map(activity?.offices.map((office) => [office.name, office.id]));
    expect(caller.isAdmin).toBe(false);
    expect(caller.officeIds).toContain(offices.get('Oficina de Comunicaciones'));
    expect(caller.officeIds).toHaveLength(2);
    const boss = await t.ledger.loggingContext({ planId: null, code: '1.2', userId: 'U_JEFE' });
    expect(boss.caller).toEqual({ isAdmin: true, officeIds: [] });
  });
});

describeEachEngine('progress ledger: append', (t) => {
  it('appends entries and returns each with the running total', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    const first = await t.ledger.append(
      buildProgressEntry(idOf('1.1'), { amount: 1.5, note: 'Acta 1', evidenceUrl: 'https://x/1' }),
    );
    expect(first).toEqual({
      entry: expect.objectContaining({
        activityId: idOf('1.1'),
        amount: 1.5,
        note: 'Acta 1',
        evidenceUrl: 'https://x/1',
        authorName: 'Ana',
        correctsId: null,
        correctedByIds: [],
        recordedAt: expect.any(Date),
      }),
      total: 1.5,
    });
    expect((await t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: 2 }))).total).toBe(3.5);
    expect((await t.ledger.append(buildProgressEntry(idOf('1.2'), { amount: 10 }))).total).toBe(10);
  });

  it('rejects progress for an activity that does not exist', async () => {
    await expect(t.ledger.append(buildProgressEntry(987654))).rejects.toMatchObject({ code: 'ACTIVITY_NOT_FOUND' });
  });

  it('rejects non-finite amounts', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    await expect(t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: Number.NaN }))).rejects.toThrow(RangeError);
  });

  it('links corrections both ways and keeps the original untouched', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    const wrong = await t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: 5 }));
    const fix = await t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: -4, correctsId: wrong.entry.id }));
    expect(fix.total).toBe(1);
    expect(
      (await listProgress(t.db, idOf('1.1'))).map((e) => [e.id, e.amount, e.correctsId, e.correctedByIds]),
    ).toEqual([
      [wrong.entry.id, 5, null, [fix.entry.id]],
      [fix.entry.id, -4, wrong.entry.id, []],
    ]);
  });

  it('refuses a correction of another activity’s entry', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    const other = await t.ledger.append(buildProgressEntry(idOf('1.2')));
    await expect(
      t.ledger.append(buildProgressEntry(idOf('1.1'), { correctsId: other.entry.id })),
    ).rejects.toMatchObject({
      code: 'INVALID_CORRECTION',
    });
    await expect(t.ledger.append(buildProgressEntry(idOf('1.1'), { correctsId: 424242 }))).rejects.toMatchObject({
      code: 'INVALID_CORRECTION',
    });
  });

  it('settles appends sent together each on its own: one that fails half-way leaves nothing behind', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    const other = await t.ledger.append(buildProgressEntry(idOf('1.2')));
    const dropTrigger = await refuseNewTotalsOf13(t);
    try {
      const outcomes = await Promise.allSettled([
        t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: 2 })),
        // Its entry is inserted, then its new running total is refused.
        t.ledger.append(buildProgressEntry(idOf('2.1'), { amount: 13 })),
        t.ledger.append(buildProgressEntry(idOf('1.1'), { correctsId: other.entry.id })),
        t.ledger.append(buildProgressEntry(987654)),
        t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: 3 })),
      ]);
      // On PostgreSQL the two good appends run on two pooled connections, in either order: whichever
      // commits second sees both amounts in its total.
      const totals = [outcomes[0], outcomes[4]].map((outcome) =>
        outcome?.status === 'fulfilled' ? outcome.value.total : outcome,
      );
      expect([
        [2, 5],
        [5, 3],
      ]).toContainEqual(totals);
      expect(outcomes[1]).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringContaining('refused') },
      });
      expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: { code: 'INVALID_CORRECTION' } });
      expect(outcomes[3]).toMatchObject({ status: 'rejected', reason: { code: 'ACTIVITY_NOT_FOUND' } });
      expect((await listProgress(t.db, idOf('1.1'))).map((e) => e.amount).sort((a, b) => a - b)).toEqual([2, 3]);
      expect(await listProgress(t.db, idOf('2.1'))).toEqual([]);
    } finally {
      await dropTrigger();
    }
  });

  it('writes entries Prisma reads back exactly, time of recording included', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    const { entry: written } = await t.ledger.append(
      buildProgressEntry(idOf('2.1'), { note: 'Acta', evidenceUrl: 'https://x/2' }),
    );
    const [read] = await listProgress(t.db, idOf('2.1'));
    expect(read).toEqual(written);
    expect(Math.abs((read?.recordedAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it('never writes inside a transaction Prisma holds open, so its rollback cannot take the entry along', async () => {
    const { idOf } = await savePlanWithIds(t.db);
    let appended: Promise<unknown> | undefined;
    const rolledBack = t.db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: 'half-written', value: 'x' } });
      appended = t.ledger.append(buildProgressEntry(idOf('1.1'), { amount: 3 }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('rollback');
    });
    await expect(rolledBack).rejects.toThrow('rollback');
    await expect(appended).resolves.toMatchObject({ total: 3 });
    expect((await listProgress(t.db, idOf('1.1'))).map((e) => e.amount)).toEqual([3]);
    expect(await t.db.setting.findUnique({ where: { key: 'half-written' } })).toBeNull();
  });
});

describeEachEngine('progress ledger: log, deciding as loggingRefusal does', (t) => {
  const today = '2024-05-10';
  const request = (userId: string, code: string, rules: Partial<LoggingRules> = {}): LoggingRequest => ({
    planId: null,
    code,
    userId,
    rules: { today, requestedOn: null, actsAsAdmin: false, ...rules },
    entry: { amount: 2, note: 'Acta', evidenceUrl: null, authorId: userId, authorName: 'Ana', source: 'chat' },
  });

  const seed = async () => {
    const plan = await savePlanWithIds(t.db);
    await assignMemberToOffice(t.db, 'U_COM', 'Oficina de Comunicaciones');
    await assignMemberToOffice(t.db, 'U_GOB', 'Secretaría de Gobierno');
    await setAdmin(t.db, 'U_JEFE', true);
    return plan;
  };

  it.each<[string, LoggingRequest, string | null]>([
    ['a member of one of its offices', request('U_COM', '1.2'), null],
    ['a member of another office', request('U_GOB', '1.2'), 'not-allowed'],
    ['someone in no office', request('U_NADIE', '1.1'), 'not-allowed'],
    ['an admin', request('U_JEFE', '2.1'), null],
    ['the console, for anyone', request('U_NADIE', '1.1', { actsAsAdmin: true }), null],
    ['a day given: the plan’s first', request('U_COM', '1.2', { requestedOn: '2024-01-01' }), null],
    ['a day given: today', request('U_COM', '1.2', { requestedOn: today }), null],
    ['a day given: before the plan', request('U_COM', '1.2', { requestedOn: '2023-12-31' }), 'date-before-plan'],
    ['a day given: tomorrow', request('U_JEFE', '1.2', { requestedOn: '2024-05-11' }), 'date-in-future'],
    ['an unknown code', request('U_JEFE', '9.9'), 'no-activity'],
    ['a plan that does not exist', { ...request('U_JEFE', '1.1'), planId: 987654 }, 'no-plan'],
  ])('%s', async (_, asked, refusal) => {
    const { idOf } = await seed();
    const { logged, context } = await t.ledger.log(asked);
    expect(loggingRefusal(context, asked.rules)).toBe(refusal);
    const stored = await t.db.progressEntry.findMany();
    if (refusal !== null) {
      expect(logged).toBeNull();
      expect(stored).toEqual([]);
      return;
    }
    expect(context.activity?.id).toBe(idOf(asked.code));
    expect(logged).toEqual({
      entry: expect.objectContaining({
        activityId: idOf(asked.code),
        amount: 2,
        note: 'Acta',
        authorId: asked.userId,
        effectiveOn: asked.rules.requestedOn ?? today,
      }),
      total: 2,
    });
    expect(await listProgress(t.db, idOf(asked.code))).toEqual([logged?.entry]);
  });

  it('returns the same context the plain read gives, and adds to the running total', async () => {
    const { idOf } = await seed();
    await t.ledger.append(buildProgressEntry(idOf('1.2'), { amount: 5 }));
    const { logged, context } = await t.ledger.log(request('U_COM', ' 1.2 '));
    expect(context).toEqual(await t.ledger.loggingContext({ planId: null, code: '1.2', userId: 'U_COM' }));
    expect(logged?.total).toBe(7);
  });

  it('does not log on an activity the last import retired', async () => {
    const draft = buildPlanDraft();
    await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' });
    await savePlanDraft(t.db, { ...draft, activities: draft.activities.slice(1) }, { authorId: 'U_ADMIN' });
    const { logged, context } = await t.ledger.log(request('U_JEFE', '1.1', { actsAsAdmin: true }));
    expect([logged, context.activity]).toEqual([null, null]);
    expect(await t.db.progressEntry.count()).toBe(0);
  });

  it('checks the caller’s offices as they are when it writes', async () => {
    await seed();
    expect((await t.ledger.log(request('U_GOB', '1.2'))).logged).toBeNull();
    await assignMemberToOffice(t.db, 'U_GOB', 'Oficina de Comunicaciones');
    expect((await t.ledger.log(request('U_GOB', '1.2'))).logged).toMatchObject({ total: 2 });
  });
});

/** A trigger that refuses a new running total of 13, so an append fails after its entry was inserted. */
async function refuseNewTotalsOf13(t: TestDatabase): Promise<() => Promise<unknown>> {
  if (t.provider === 'sqlite') {
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_13 BEFORE INSERT ON "ProgressTotal" WHEN NEW."total" = 13
      BEGIN SELECT RAISE(ABORT, 'total refused'); END`);
    return () => t.db.$executeRawUnsafe('DROP TRIGGER refuse_13');
  }
  await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_13() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW."total" = 13 THEN RAISE EXCEPTION 'total refused'; END IF; RETURN NEW; END $$`);
  await t.db.$executeRawUnsafe(
    'CREATE TRIGGER refuse_13 BEFORE INSERT ON "ProgressTotal" FOR EACH ROW EXECUTE FUNCTION refuse_13()',
  );
  return () => t.db.$executeRawUnsafe('DROP FUNCTION refuse_13() CASCADE');
}
