import { describe, expect, it } from 'vitest';
import { editDistance, nearestCodes } from '../../src/domain/suggest.js';

describe('editDistance', () => {
  it.each([
    ['1.2', '1.2', 0],
    ['1.2', '1.3', 1],
    ['1.2', '1.10', 2],
    ['', 'abc', 3],
  ])('%s → %s is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('nearestCodes', () => {
  const known = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '2.2', '3.1'];

  it('prefers IDs of the same subcomponent', () => {
    expect(nearestCodes('1.9', known)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('falls back to other subcomponents when the group does not exist', () => {
    expect(nearestCodes('4.1', known)).toEqual(['1.1', '2.1', '3.1']);
  });

  it('suggests nothing for an ID far from every known one', () => {
    expect(nearestCodes('99.99', known)).toEqual([]);
  });
});
