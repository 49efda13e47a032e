import { describe, expect, it } from 'vitest';
import { resolveDueDates, yearsOf } from '../../../src/domain/schedule/dueDates.js';
import type { IsoDate, Period, ScheduleSpec, Vigencia } from '../../../src/domain/types.js';

const TAURAMENA_2024: Vigencia = { from: '2024-06-05', to: '2024-12-31' };

describe('resolveDueDates', () => {
  describe('explicit specs', () => {
    it.each<[string, ScheduleSpec, IsoDate[]]>([
      ['one date', { kind: 'dates', dates: ['2024-07-15'] }, ['2024-07-15']],
      [
        'dates sorted and without repeats',
        { kind: 'dates', dates: ['2024-12-15', '2024-06-30', '2024-12-15'] },
        ['2024-06-30', '2024-12-15'],
      ],
      ['dates outside the vigencia kept', { kind: 'dates', dates: ['2025-01-15'] }, ['2025-01-15']],
      ['a range at its end', { kind: 'range', from: '2024-06-05', to: '2024-12-15' }, ['2024-12-15']],
      ['a month at its last day', { kind: 'month', month: '2024-11' }, ['2024-11-30']],
      ['February of a leap year', { kind: 'month', month: '2024-02' }, ['2024-02-29']],
      ['February of a common year', { kind: 'month', month: '2025-02' }, ['2025-02-28']],
      ['continuous work at the end of the vigencia', { kind: 'continuous' }, ['2024-12-31']],
    ])('%s', (_, spec, expected) => {
      expect(resolveDueDates(spec, TAURAMENA_2024)).toEqual(expected);
    });
  });

  describe('periodic, over a vigencia from 5 June to 31 December 2024', () => {
    it.each<[Period, IsoDate[]]>([
      ['monthly', ['2024-06-30', '2024-07-31', '2024-08-31', '2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31']],
      ['bimonthly', ['2024-06-30', '2024-08-31', '2024-10-31', '2024-12-31']], // Jan–Feb, Mar–Apr, …
      ['quarterly', ['2024-06-30', '2024-09-30', '2024-12-31']],
      ['four-monthly', ['2024-08-31', '2024-12-31']], // 30 Apr falls before the vigencia
      ['semiannual', ['2024-06-30', '2024-12-31']],
      ['annual', ['2024-12-31']],
    ])('%s', (period, expected) => {
      expect(resolveDueDates({ kind: 'periodic', period }, TAURAMENA_2024)).toEqual(expected);
    });
  });

  describe('periodic, over a vigencia ending mid-period: the last stretch is due on its last day', () => {
    const endsMidQuarter: Vigencia = { from: '2025-01-01', to: '2025-08-15' };

    it.each<[Period, IsoDate[]]>([
      [
        'monthly',
        [
          '2025-01-31',
          '2025-02-28',
          '2025-03-31',
          '2025-04-30',
          '2025-05-31',
          '2025-06-30',
          '2025-07-31',
          '2025-08-15',
        ],
      ],
      ['bimonthly', ['2025-02-28', '2025-04-30', '2025-06-30', '2025-08-15']],
      ['quarterly', ['2025-03-31', '2025-06-30', '2025-08-15']],
      ['four-monthly', ['2025-04-30', '2025-08-15']],
      ['semiannual', ['2025-06-30', '2025-08-15']],
      ['annual', ['2025-08-15']],
    ])('%s', (period, expected) => {
      expect(resolveDueDates({ kind: 'periodic', period }, endsMidQuarter)).toEqual(expected);
    });
  });

  describe('periodic, other vigencias', () => {
    it.each<[string, Period, Vigencia, IsoDate[]]>([
      [
        'across new year',
        'semiannual',
        { from: '2024-07-01', to: '2025-06-30' }, // Jul 2024 – Jun 2025
        ['2024-12-31', '2025-06-30'],
      ],
      [
        'across new year, quarterly',
        'quarterly',
        { from: '2024-11-01', to: '2025-05-15' }, // Nov 2024 – mid-May 2025
        ['2024-12-31', '2025-03-31', '2025-05-15'],
      ],
      ['inside a single period', 'quarterly', { from: '2025-04-10', to: '2025-05-20' }, ['2025-05-20']],
      [
        'February of a leap year',
        'monthly',
        { from: '2024-01-15', to: '2024-03-31' },
        ['2024-01-31', '2024-02-29', '2024-03-31'],
      ],
      [
        'a whole calendar year',
        'four-monthly',
        { from: '2025-01-01', to: '2025-12-31' },
        ['2025-04-30', '2025-08-31', '2025-12-31'],
      ],
    ])('%s (%s)', (_, period, vigencia, expected) => {
      expect(resolveDueDates({ kind: 'periodic', period }, vigencia)).toEqual(expected);
    });
  });
});

describe('yearsOf', () => {
  it.each<[string, ScheduleSpec, number[]]>([
    ['one date', { kind: 'dates', dates: ['2024-07-15'] }, [2024]],
    [
      'several dates, each year once and ascending',
      { kind: 'dates', dates: ['2025-01-15', '2024-06-30', '2024-12-15'] },
      [2024, 2025],
    ],
    ['a range within a year', { kind: 'range', from: '2024-06-05', to: '2024-12-15' }, [2024]],
    ['a range across new year', { kind: 'range', from: '2024-12-01', to: '2025-01-31' }, [2024, 2025]],
    ['a month', { kind: 'month', month: '2025-12' }, [2025]],
    ['periodic', { kind: 'periodic', period: 'quarterly' }, []],
    ['continuous', { kind: 'continuous' }, []],
  ])('%s', (_, spec, expected) => {
    expect(yearsOf(spec)).toEqual(expected);
  });
});
