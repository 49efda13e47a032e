import { expect, it } from 'vitest';
import { DEFAULT_LATE_LOGGING_GRACE_DAYS, type LoggingRules, loggingRefusal } from '../../src/domain/logging.js';
import { type LoggingRequest, logProgressEntry } from '../../src/storage/logging.js';
import { assignMemberToOffice, setAdmin } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { appendProgress, listProgress } from '../../src/storage/progress.js';
import { describeEachEngine } from '../helpers/database.js';
import { buildPlanDraft } from '../helpers/planDraft.js';
import { buildProgressEntry, savePlanWithIds } from '../helpers/progress.js';

// The one path `/avance` takes on both engines: it logs exactly when the domain's rule finds no
// reason not to, on the data the write sees, and writes nothing otherwise.

describeEachEngine('logProgressEntry, deciding as the domain rule does', (t) => {
  const today = '2024-05-10';
  const request = (userId: string, code: string, rules: Partial<LoggingRules> = {}): LoggingRequest => ({
    planId: null,
    code,
    userId,
    rules: {
      today,
      requestedOn: null,
      actsAsAdmin: false,
      lateGraceDays: DEFAULT_LATE_LOGGING_GRACE_DAYS,
      amount: { value: 2, percentOfTarget: false },
      confirmed: false,
      ...rules,
    },
    entry: { note: 'Acta', evidenceUrl: null, authorId: userId, authorName: 'Ana', source: 'chat' },
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
    [
      'a day given: after the vigencia',
      request('U_JEFE', '1.2', { today: '2025-01-05', requestedOn: '2025-01-02' }),
      'date-after-plan',
    ],
    ['undated, in the grace period after the vigencia', request('U_JEFE', '1.2', { today: '2025-01-05' }), null],
    ['undated, after the grace period', request('U_JEFE', '1.2', { today: '2025-02-01' }), 'plan-closed'],
    ['undated, before the plan starts', request('U_JEFE', '1.2', { today: '2023-12-01' }), 'date-before-plan'],
    [
      'an amount past the ceiling',
      request('U_JEFE', '1.2', { amount: { value: 1e18, percentOfTarget: false } }),
      'amount-too-large',
    ],
    [
      'an amount past the target',
      request('U_JEFE', '1.1', { amount: { value: 5, percentOfTarget: false } }),
      'needs-confirmation',
    ],
    [
      'an amount past the target, confirmed',
      request('U_JEFE', '1.1', { amount: { value: 5, percentOfTarget: false }, confirmed: true }),
      null,
    ],
    ['an unknown code', request('U_JEFE', '9.9'), 'no-activity'],
    ['a plan that does not exist', { ...request('U_JEFE', '1.1'), planId: 987654 }, 'no-plan'],
  ])('%s', async (_, asked, refusal) => {
    const { idOf } = await seed();
    const outcome = await logProgressEntry(t.db, asked);
    const { context } = outcome;
    const facts = { ...context, activity: context.activity && { ...context.activity, total: context.total } };
    expect(loggingRefusal(facts, asked.rules)).toBe(refusal);
    const stored = await t.db.progressEntry.findMany();
    if (refusal !== null) {
      expect(outcome).toMatchObject({ logged: null, refusal });
      expect(stored).toEqual([]);
      return;
    }
    const { logged } = outcome;
    expect(context.activity?.id).toBe(idOf(asked.code));
    expect(logged).toEqual({
      entry: expect.objectContaining({
        activityId: idOf(asked.code),
        amount: asked.rules.amount.value,
        note: 'Acta',
        authorId: asked.userId,
        effectiveOn: asked.rules.requestedOn ?? (asked.rules.today > '2024-12-31' ? '2024-12-31' : asked.rules.today),
      }),
      total: asked.rules.amount.value,
      duplicate: false,
      lookalike: null,
    });
    expect(await listProgress(t.db, idOf(asked.code))).toEqual([logged?.entry]);
  });

  it('adds to the total the entries already sum to', async () => {
    const { idOf } = await seed();
    await appendProgress(t.db, buildProgressEntry(idOf('1.2'), { amount: 1.5 }));
    const outcome = await logProgressEntry(t.db, request('U_COM', ' 1.2 '));
    expect(outcome.logged?.total).toBe(3.5);
  });

  it('does not log on an activity the last import retired', async () => {
    const draft = buildPlanDraft();
    await savePlanDraft(t.db, draft, { authorId: 'U_ADMIN' });
    await savePlanDraft(t.db, { ...draft, activities: draft.activities.slice(1) }, { authorId: 'U_ADMIN' });
    const outcome = await logProgressEntry(t.db, request('U_JEFE', '1.1', { actsAsAdmin: true }));
    expect([outcome.logged, outcome.context.activity]).toEqual([null, null]);
    expect(await t.db.progressEntry.count()).toBe(0);
  });

  it('checks the caller’s offices as they are when it writes', async () => {
    await seed();
    expect((await logProgressEntry(t.db, request('U_GOB', '1.2'))).logged).toBeNull();
    await assignMemberToOffice(t.db, 'U_GOB', 'Oficina de Comunicaciones');
    expect((await logProgressEntry(t.db, request('U_GOB', '1.2'))).logged).toMatchObject({ total: 2 });
  });

  it('decides concurrent requests one after the other: only one may pass the target unconfirmed', async () => {
    const { idOf } = await seed();
    const three = request('U_JEFE', '1.1', { amount: { value: 3, percentOfTarget: false } });
    const outcomes = await Promise.all([logProgressEntry(t.db, three), logProgressEntry(t.db, three)]);
    expect(outcomes.map((o) => (o.logged === null ? o.refusal : 'logged')).sort()).toEqual([
      'logged',
      'needs-confirmation',
    ]);
    expect((await listProgress(t.db, idOf('1.1'))).map((e) => e.amount)).toEqual([3]);
  });

  it('stores a replayed request once and answers it with the first entry', async () => {
    const { idOf } = await seed();
    const replay = { ...request('U_COM', '1.2'), entry: { ...request('U_COM', '1.2').entry, requestKey: 'trigger-1' } };
    const [first, second, third] = await Promise.all([
      logProgressEntry(t.db, replay),
      logProgressEntry(t.db, replay),
      logProgressEntry(t.db, replay),
    ]);
    const ids = [first, second, third].map((o) => o.logged?.entry.id);
    expect(new Set(ids).size).toBe(1);
    expect([first, second, third].filter((o) => o.logged?.duplicate === true)).toHaveLength(2);
    expect(await listProgress(t.db, idOf('1.2'))).toHaveLength(1);
  });

  it('points at an equal entry by the same person within the minute', async () => {
    await seed();
    const one = request('U_COM', '1.2', { amount: { value: 1, percentOfTarget: false } });
    const first = await logProgressEntry(t.db, one);
    const second = await logProgressEntry(t.db, one);
    expect(second.logged?.lookalike?.id).toBe(first.logged?.entry.id);
    const other = await logProgressEntry(
      t.db,
      request('U_COM', '1.2', { amount: { value: 0.5, percentOfTarget: false } }),
    );
    expect(other.logged?.lookalike).toBeNull();
  });
});
