import { describe, expect, it } from 'vitest';
import { parseSpanishNumber, parseTarget } from '../../src/domain/target.js';

describe('parseTarget', () => {
  it.each([
    [40, { value: 40, unit: 'count' }],
    [2.5, { value: 2.5, unit: 'count' }],
    ['40', { value: 40, unit: 'count' }],
    [' 9 ', { value: 9, unit: 'count' }],
    ['2,5', { value: 2.5, unit: 'count' }],
    ['2.5', { value: 2.5, unit: 'count' }],
    ['1.000', { value: 1000, unit: 'count' }],
    ['1.500.000', { value: 1_500_000, unit: 'count' }],
    ['1.000,5', { value: 1000.5, unit: 'count' }],
    ['100%', { value: 100, unit: 'percent' }],
    ['100 %', { value: 100, unit: 'percent' }],
    ['2,5%', { value: 2.5, unit: 'percent' }],
    ['0%', { value: 0, unit: 'percent' }],
  ])('reads %j', (cell, target) => {
    expect(parseTarget(cell)).toEqual(target);
  });

  it.each(['diez', '', '10 informes', 'Por definir', '%', '1,2,3'])('rejects %j', (cell) => {
    expect(parseTarget(cell)).toBeNull();
  });

  it('rejects empty cells, dates and broken numbers', () => {
    expect(parseTarget(null)).toBeNull();
    expect(parseTarget(new Date(Date.UTC(2024, 6, 15)))).toBeNull();
    expect(parseTarget(Number.NaN)).toBeNull();
  });
});

describe('parseSpanishNumber', () => {
  it('reads signs and spaces used as thousands separators', () => {
    expect(parseSpanishNumber('-3')).toBe(-3);
    expect(parseSpanishNumber('1 000')).toBe(1000);
    expect(parseSpanishNumber(',5')).toBe(0.5);
  });
});
