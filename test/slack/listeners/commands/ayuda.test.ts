import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../helpers/database.js';
import { OUTSIDER, RESPONSABLE, type SlackHarness, startSlackHarness } from '../../../helpers/slackApp.js';
import { slashCommand } from '../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
let h: SlackHarness;

beforeEach(async () => {
  h = await startSlackHarness(database.db);
});
afterEach(async () => {
  await h.stop();
});

async function run(command: string, text: string, userId = RESPONSABLE): Promise<string> {
  const response = await h.requests.command(
    slashCommand({ command, text, user_id: userId, response_url: h.api.responseUrl(command.slice(1)) }),
  );
  expect(response.status).toBe(200);
  const [reply] = await h.api.waitForResponses(1);
  expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
  return JSON.stringify(reply?.body);
}

describe('/ayuda', () => {
  it('lists every command in Spanish', async () => {
    const reply = await run('/ayuda', '', OUTSIDER);
    for (const usage of ['/avance ID CANTIDAD', '/estado [ID]', '/pendientes', '/rinde asignar'])
      expect(reply).toContain(usage);
  });
});
