import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('needs nothing to start: SQLite in ./data, Bogotá time, the PAAC bands', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        DATABASE_URL: 'file:./data/rinde.db',
        TIME_ZONE: 'America/Bogota',
        PORT: 3000,
        STATUS_BANDS: { yellow: 0.6, green: 0.8 },
        CUTOFF_DATES: ['04-30', '08-31', '12-31'],
        ADMIN_USERS: [],
        EXTRA_HOLIDAYS: [],
      },
    });
  });

  it('reads lists and bands', () => {
    const result = loadConfig({ ADMIN_USERS: 'U1, U2', STATUS_BANDS: '50,75', EXTRA_HOLIDAYS: '2026-12-24' });
    expect(result).toMatchObject({
      ok: true,
      config: { ADMIN_USERS: ['U1', 'U2'], STATUS_BANDS: { yellow: 0.5, green: 0.75 }, EXTRA_HOLIDAYS: ['2026-12-24'] },
    });
  });

  it('names each bad variable with a Spanish explanation', () => {
    const result = loadConfig({ PORT: 'tres mil', SLACK_BOT_TOKEN: 'xoxp-123', CUTOFF_DATES: '30/04' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: debe empezar por xoxb-/),
      expect.stringMatching(/^PORT: .*(número|numero)/i),
      expect.stringMatching(/^CUTOFF_DATES: usa MM-DD/),
    ]);
  });
});
