import { describe, expect, it } from 'vitest';
import { relativeDay } from '../../src/wording/notices.js';

describe('relativeDay', () => {
  it.each([
    ['2024-06-30', 'hoy'],
    ['2024-07-01', 'mañana'],
    ['2024-06-29', 'ayer'],
    ['2025-01-02', 'en 186 días'],
  ])('from 30 jun 2024 to %s is "%s"', (dueOn, expected) => {
    expect(relativeDay('2024-06-30', dueOn)).toBe(expected);
  });
});
