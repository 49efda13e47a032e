import { describe, expect, it } from 'vitest';
import { compareActivityIds, normalizeActivityId } from '../../src/domain/activityId.js';

describe('normalizeActivityId', () => {
  it.each([
    ['1,2', '1.2'],
    ['1.2', '1.2'],
    [' 1 , 2 ', '1.2'],
    ['1.2.', '1.2'],
    ['1,10', '1.10'],
    ['1.10', '1.10'],
    ['01.02', '1.2'],
    ['3', '3'],
    ['2.1.3', '2.1.3'],
    ['RC-01', 'RC-01'],
    ['rc-01', 'RC-01'],
    ['RC 01', 'RC-01'],
    ['PA-1.2', 'PA-1.2'],
  ])('reads the text %j as %s', (text, id) => {
    expect(normalizeActivityId(text)).toBe(id);
  });

  it.each([
    [1.2, '1.2'],
    [1.1, '1.1'],
    [1.1000000000000001, '1.1'],
    [1.2000000000000002, '1.2'],
    [3, '3'],
  ])('reads the number %d as %s', (value, id) => {
    expect(normalizeActivityId(value)).toBe(id);
  });

  it('cannot tell the number 1.10 from 1.1, which is why text IDs keep their digits', () => {
    expect(normalizeActivityId(1.1)).toBe(normalizeActivityId(1.1));
    expect(normalizeActivityId('1,10')).not.toBe(normalizeActivityId(1.1));
  });

  it.each(['', 'Total', 'uno', '1.a', '1..2', '-1', 'Por definir'])('rejects %j', (text) => {
    expect(normalizeActivityId(text)).toBeNull();
  });

  it.each([Number.NaN, -1.2, Number.POSITIVE_INFINITY])('rejects the number %d', (value) => {
    expect(normalizeActivityId(value)).toBeNull();
  });
});

describe('compareActivityIds', () => {
  it('orders part by part as numbers', () => {
    const ids = ['1.10', '2.1', '1.2', '10.1', '1.1', '1', '1.9'];
    expect([...ids].sort(compareActivityIds)).toEqual(['1', '1.1', '1.2', '1.9', '1.10', '2.1', '10.1']);
  });

  it('treats equal IDs as equal', () => {
    expect(compareActivityIds('1.2', '1.2')).toBe(0);
  });
});
