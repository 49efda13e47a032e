import { describe, expect, it } from 'vitest';
import { effectiveDayOf, type LoggingFacts, type LoggingRules, loggingRefusal } from '../../src/domain/logging.js';

const facts: LoggingFacts = {
  plan: { startsOn: '2024-01-01' },
  activity: { offices: [{ id: 1 }, { id: 2 }] },
  caller: { isAdmin: false, officeIds: [2, 7] },
};
const rules: LoggingRules = { today: '2024-05-10', requestedOn: null, actsAsAdmin: false };
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
  ])('refuses %s', (_, factChanges, ruleChanges, refusal) => {
    expect(loggingRefusal({ ...facts, ...factChanges }, { ...rules, ...ruleChanges })).toBe(refusal);
  });
});

describe('effectiveDayOf', () => {
  it('is the day given, or else today', () => {
    expect(effectiveDayOf(rules)).toBe('2024-05-10');
    expect(effectiveDayOf({ ...rules, requestedOn: '2024-03-02' })).toBe('2024-03-02');
  });
});
