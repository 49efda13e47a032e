import { describe, expect, it } from 'vitest';
import {
  amountInUnits,
  decideLogging,
  effectiveDayOf,
  type LoggingFacts,
  type LoggingRules,
  loggingRefusal,
} from '../../src/domain/logging.js';

const activity = { offices: [{ id: 1 }, { id: 2 }], target: 40, unit: 'count' as const, total: 10 };
const facts: LoggingFacts = {
  plan: { startsOn: '2024-01-01', endsOn: '2024-12-31' },
  activity,
  caller: { isAdmin: false, officeIds: [2, 7] },
};
const rules: LoggingRules = {
  today: '2024-05-10',
  requestedOn: null,
  actsAsAdmin: false,
  lateGraceDays: 10,
  amount: { value: 5, percentOfTarget: false },
  confirmed: false,
};
const amount = (value: number, percentOfTarget = false) => ({ amount: { value, percentOfTarget } });
const outsider = { isAdmin: false, officeIds: [7] };

describe('loggingRefusal', () => {
  it('lets a member of one of the activity’s offices log, today or on an earlier day of the plan', () => {
    expect(loggingRefusal(facts, rules)).toBeNull();
    expect(loggingRefusal(facts, { ...rules, requestedOn: '2024-05-10' })).toBeNull();
    expect(loggingRefusal(facts, { ...rules, requestedOn: '2024-01-01' })).toBeNull();
  });

  it('lets admins, and whoever runs the console or CLI, log on any activity', () => {
    expect(loggingRefusal({ ...facts, caller: { isAdmin: true, officeIds: [] } }, rules)).toBeNull();
    expect(loggingRefusal({ ...facts, caller: outsider }, { ...rules, actsAsAdmin: true })).toBeNull();
  });

  it.each<[string, Partial<LoggingFacts>, Partial<LoggingRules>, string]>([
    ['no plan', { plan: null, activity: null }, {}, 'no-plan'],
    ['no plan, whatever the date', { plan: null, activity: null }, { requestedOn: '2030-01-01' }, 'no-plan'],
    ['a day after today', {}, { requestedOn: '2024-05-11' }, 'date-in-future'],
    ['a day before the plan starts', {}, { requestedOn: '2023-12-31' }, 'date-before-plan'],
    ['a bad date before an unknown activity', { activity: null }, { requestedOn: '2030-01-01' }, 'date-in-future'],
    ['no such activity', { activity: null }, {}, 'no-activity'],
    ['no such activity, even for an admin', { activity: null }, { actsAsAdmin: true }, 'no-activity'],
    ['a member of other offices', { caller: outsider }, {}, 'not-allowed'],
    ['someone in no office', { caller: { isAdmin: false, officeIds: [] } }, {}, 'not-allowed'],
    ['a day after the vigencia', {}, { today: '2025-01-03', requestedOn: '2025-01-02' }, 'date-after-plan'],
    ['undated, once the grace period is over', {}, { today: '2025-01-11' }, 'plan-closed'],
    [
      'dated inside, once the grace period is over',
      {},
      { today: '2025-01-11', requestedOn: '2024-12-01' },
      'plan-closed',
    ],
    ['undated, before the plan starts', {}, { today: '2023-12-20' }, 'date-before-plan'],
    [
      'more than the fixed ceiling',
      { activity: { ...activity, target: 1e12 } },
      amount(1_000_000_001),
      'amount-too-large',
    ],
    ['more than 100 times the target', {}, amount(4001), 'amount-too-large'],
    ['more than 100 times the target, even confirmed', {}, { ...amount(4001), confirmed: true }, 'amount-too-large'],
    ['past the target, unconfirmed', {}, amount(31), 'needs-confirmation'],
    [
      'anything on a complete activity, unconfirmed',
      { activity: { ...activity, total: 40 } },
      amount(1),
      'needs-confirmation',
    ],
  ])('refuses %s', (_, factChanges, ruleChanges, refusal) => {
    expect(loggingRefusal({ ...facts, ...factChanges }, { ...rules, ...ruleChanges })).toBe(refusal);
  });
});

describe('effectiveDayOf', () => {
  it('is the day given, or else today', () => {
    expect(effectiveDayOf(rules)).toBe('2024-05-10');
    expect(effectiveDayOf({ ...rules, requestedOn: '2024-03-02' })).toBe('2024-03-02');
  });

  it('dates undated progress logged in the grace period to the vigencia’s last day', () => {
    expect(effectiveDayOf({ ...rules, today: '2025-01-05' }, facts.plan ?? undefined)).toBe('2024-12-31');
    expect(decideLogging(facts, { ...rules, today: '2025-01-10' })).toEqual({
      ok: true,
      effectiveOn: '2024-12-31',
      amount: 5,
    });
  });
});

describe('amounts', () => {
  it('takes exactly up to the target, and past it once confirmed', () => {
    expect(loggingRefusal(facts, { ...rules, ...amount(30) })).toBeNull();
    expect(loggingRefusal(facts, { ...rules, ...amount(31), confirmed: true })).toBeNull();
  });

  it('reads a percentage as a share of the target, or as points of a percent target', () => {
    expect(amountInUnits({ value: 50, percentOfTarget: true }, { target: 9, unit: 'count' })).toBe(4.5);
    expect(amountInUnits({ value: 50, percentOfTarget: true }, { target: 80, unit: 'percent' })).toBe(50);
    expect(amountInUnits({ value: 1, percentOfTarget: true }, { target: 3, unit: 'count' })).toBe(0.03);
    expect(decideLogging(facts, { ...rules, ...amount(25, true) })).toMatchObject({ ok: true, amount: 10 });
  });
});
