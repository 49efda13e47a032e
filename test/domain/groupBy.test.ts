import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/domain/groupBy.js';

describe('groupBy', () => {
  const rows = [
    { activityId: 7, dueOn: '2024-06-30' },
    { activityId: 3, dueOn: '2024-03-31' },
    { activityId: 7, dueOn: '2024-12-15' },
  ];

  it('keeps groups in the order first met and items in their order', () => {
    const groups = groupBy(rows, (row) => row.activityId);
    expect([...groups.keys()]).toEqual([7, 3]);
    expect(groups.get(7)).toEqual([rows[0], rows[2]]);
  });

  it('keeps only what pick takes of each item', () => {
    expect(
      groupBy(
        rows,
        (row) => row.activityId,
        (row) => row.dueOn,
      ),
    ).toEqual(
      new Map([
        [7, ['2024-06-30', '2024-12-15']],
        [3, ['2024-03-31']],
      ]),
    );
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
