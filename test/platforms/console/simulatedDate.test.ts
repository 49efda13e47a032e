import { describe, expect, it } from 'vitest';
import { clockOn, simulatedDay } from '../../../src/platforms/console/simulatedDate.js';

describe('the day the console lives on (--at, RINDE_NOW)', () => {
  it.each([
    [['--at', '2024-07-08'], {}, '2024-07-08'],
    [['--at=08/07/2024'], {}, '2024-07-08'],
    [[], { RINDE_NOW: '8/7/2024' }, '2024-07-08'],
    [['--at', '2024-07-09'], { RINDE_NOW: '2024-07-08' }, '2024-07-09'], // the flag wins
    [[], {}, null],
    [[], { RINDE_NOW: '' }, null],
  ])('%j with %j → %s', (argv, env, day) => {
    expect(simulatedDay(argv, env)).toEqual({ ok: true, day });
  });

  it.each([
    [['--at', '31/02/2024'], {}, '«31/02/2024» (--at)'],
    [[], { RINDE_NOW: 'mañana' }, '«mañana» (RINDE_NOW)'],
    [['--at'], {}, '--at'],
    [['--hoy', '2024-07-08'], {}, '--hoy'],
  ])('refuses %j %j in Spanish', (argv, env, named) => {
    const result = simulatedDay(argv, env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(named);
    expect(result.message).toContain('AAAA-MM-DD o dd/mm/aaaa');
  });

  it('keeps the time of day running, on the simulated day in the plan’s time zone', () => {
    let real = new Date('2026-12-03T13:30:00Z'); // 08:30 in Bogotá
    const clock = clockOn('2024-07-08', 'America/Bogota', () => real);
    expect(clock().toISOString()).toBe('2024-07-08T13:30:00.000Z');
    real = new Date('2026-12-04T05:10:00Z'); // past midnight in Bogotá: the next simulated day
    expect(clock().toISOString()).toBe('2024-07-09T05:10:00.000Z');
  });
});
