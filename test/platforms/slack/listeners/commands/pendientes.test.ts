import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { runSlashCommand, useSlackHarness } from '../../../../helpers/slackApp.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);
const run = (command: string, text: string, userId?: string) => runSlashCommand(harness(), command, text, userId);

describe('/pendientes', () => {
  it("lists the caller's next due dates", async () => {
    const reply = await run('/pendientes', '');
    expect(reply).toContain('Sus próximas fechas');
    expect(reply).toContain('*30 jun 2024* · *1.2*');
  });
});
