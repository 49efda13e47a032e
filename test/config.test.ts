import { describe, expect, it } from 'vitest';
import { loadConfig, usesSlack, usesTeams } from '../src/config.js';

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

  describe('one chat platform per deployment', () => {
    const teams = { TEAMS_APP_ID: 'app-id', TEAMS_APP_PASSWORD: 'secreto', TEAMS_TENANT_ID: 'tenant-id' };

    it("selects Teams with its three variables, Slack with Slack's, and the console with neither", () => {
      const chosen = (env: NodeJS.ProcessEnv) => {
        const result = loadConfig(env);
        if (!result.ok) throw new Error(result.problems.join('\n'));
        return usesTeams(result.config) ? 'teams' : usesSlack(result.config) ? 'slack' : 'console';
      };
      expect(chosen(teams)).toBe('teams');
      expect(chosen({ SLACK_BOT_TOKEN: 'xoxb-1' })).toBe('slack');
      expect(chosen({})).toBe('console');
    });

    it('refuses Slack and Teams together with one Spanish line', () => {
      const result = loadConfig({ ...teams, SLACK_BOT_TOKEN: 'xoxb-1' });
      expect(result).toEqual({
        ok: false,
        problems: [expect.stringMatching(/^TEAMS_APP_ID: Rinde atiende una sola plataforma por instalación/)],
      });
    });

    it('names the Teams variables that are missing', () => {
      const result = loadConfig({ TEAMS_APP_ID: 'app-id' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        expect.stringMatching(/^TEAMS_APP_PASSWORD: falta/),
        expect.stringMatching(/^TEAMS_TENANT_ID: falta/),
      ]);
    });
  });
});
