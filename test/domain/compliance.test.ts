import { describe, expect, it } from 'vitest';
import {
  type ActivityFacts,
  activityCompliance,
  activityRatio,
  complianceReport,
  expectedRatio,
  formatPercent,
  statusOf,
} from '../../src/domain/compliance.js';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';

function facts(overrides: Partial<ActivityFacts> = {}): ActivityFacts {
  return { code: '1.1', subcomponentCode: '1', target: 10, progress: 0, dueDates: ['2024-12-15'], ...overrides };
}

describe('activityRatio', () => {
  it.each([
    [0, 10, 0],
    [5, 10, 0.5],
    [10, 10, 1],
    [15, 10, 1],
    [-2, 10, 0],
    [50, 100, 0.5],
    [0, 0, 0],
    [1, 0, 1],
  ])('progress %d of target %d is %d', (progress, target, expected) => {
    expect(activityRatio(progress, target)).toBe(expected);
  });
});

describe('expectedRatio', () => {
  const dates = ['2024-06-30', '2024-09-30', '2024-12-31'];
  it.each([
    ['2024-06-29', 0],
    ['2024-06-30', 1 / 3], // the due date itself counts as passed
    ['2024-10-01', 2 / 3],
    ['2025-01-01', 1],
  ])('on %s is %d', (at, expected) => {
    expect(expectedRatio(dates, at)).toBeCloseTo(expected);
  });

  it('is zero for an activity with no due date', () => {
    expect(expectedRatio([], '2024-12-31')).toBe(0);
  });
});

describe('statusOf', () => {
  it.each([
    [0, 'red'],
    [0.59, 'red'],
    [0.594, 'red'],
    [0.596, 'yellow'], // 60 % once rounded, as the follow-up sheet shows it
    [0.6, 'yellow'],
    [0.79, 'yellow'],
    [0.8, 'green'],
    [1, 'green'],
  ] as const)('%d is %s on the PAAC scale', (ratio, status) => {
    expect(statusOf(ratio, DEFAULT_STATUS_BANDS)).toBe(status);
  });

  it('follows configured bands', () => {
    expect(statusOf(0.7, { yellow: 0.5, green: 0.7 })).toBe('green');
    expect(statusOf(0.49, { yellow: 0.5, green: 0.7 })).toBe('red');
  });
});

describe('activityCompliance', () => {
  it('is behind when progress is below what passed due dates call for', () => {
    const activity = facts({ target: 4, progress: 1, dueDates: ['2024-03-15', '2024-07-15', '2024-11-15'] });
    expect(activityCompliance(activity, '2024-08-01', DEFAULT_STATUS_BANDS)).toEqual({
      code: '1.1',
      ratio: 0.25,
      expected: 2 / 3,
      state: 'behind',
      status: 'red',
    });
  });

  it('is on track before its first due date, whatever it logged', () => {
    const result = activityCompliance(facts({ progress: 0 }), '2024-07-01', DEFAULT_STATUS_BANDS);
    expect(result.state).toBe('on_track');
  });

  it('is completed at 100 % even before it is due', () => {
    const result = activityCompliance(facts({ progress: 10 }), '2024-07-01', DEFAULT_STATUS_BANDS);
    expect(result).toMatchObject({ state: 'completed', status: 'green', ratio: 1 });
  });
});

describe('complianceReport', () => {
  const activities = [
    facts({ code: '1.1', subcomponentCode: '1', target: 1, progress: 1 }),
    facts({ code: '1.2', subcomponentCode: '1', target: 40, progress: 10 }),
    facts({ code: '2.1', subcomponentCode: '2', target: 1, progress: 0, dueDates: ['2024-06-30'] }),
  ];

  it('reports the indicator, the average and who is behind, per subcomponent and overall', () => {
    const report = complianceReport(['1', '2', '3'], activities, '2024-07-01', DEFAULT_STATUS_BANDS);
    expect(report.summary).toEqual({
      activities: 3,
      completed: 1,
      indicator: 1 / 3,
      average: (1 + 0.25 + 0) / 3,
      behind: 1,
      status: 'red',
    });
    expect(report.subcomponents).toEqual([
      { code: '1', activities: 2, completed: 1, indicator: 0.5, average: 0.625, behind: 0, status: 'yellow' },
      { code: '2', activities: 1, completed: 0, indicator: 0, average: 0, behind: 1, status: 'red' },
      { code: '3', activities: 0, completed: 0, indicator: 0, average: 0, behind: 0, status: 'red' },
    ]);
    expect(report.activities.map((a) => a.state)).toEqual(['completed', 'on_track', 'behind']);
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0 %'],
    [0.25, '25 %'],
    [2 / 3, '67 %'],
    [1, '100 %'],
  ])('%d → %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});
