import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { OUTSIDER, runSlashCommand, useSlackHarness } from '../../../../helpers/slackApp.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);
const run = (command: string, text: string, userId?: string) => runSlashCommand(harness(), command, text, userId);

describe('/ayuda', () => {
  it('lists every command in Spanish', async () => {
    const reply = await run('/ayuda', '', OUTSIDER);
    for (const usage of ['/avance ID CANTIDAD', '/estado [ID]', '/pendientes', '/rinde asignar'])
      expect(reply).toContain(usage);
  });
});
