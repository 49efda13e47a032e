import { expect, it } from 'vitest';
import { getSetting, setSetting } from '../../src/storage/settings.js';
import { describeEachEngine } from '../helpers/database.js';

describeEachEngine('settings', (t) => {
  it('stores JSON values and overwrites them', async () => {
    expect(await getSetting(t.db, 'digest.channel')).toBeUndefined();
    await setSetting(t.db, 'digest.channel', 'C123');
    await setSetting(t.db, 'bands', { yellow: 0.6, green: 0.8 });
    expect(await getSetting(t.db, 'digest.channel')).toBe('C123');
    await setSetting(t.db, 'digest.channel', null);
    expect(await getSetting(t.db, 'digest.channel')).toBeNull();
    expect(await getSetting(t.db, 'bands')).toEqual({ yellow: 0.6, green: 0.8 });
  });

  it('refuses values JSON cannot hold', async () => {
    await expect(setSetting(t.db, 'x', undefined)).rejects.toThrow(TypeError);
  });
});
