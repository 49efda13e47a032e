import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../helpers/database.js';
import { RESPONSABLE, type SlackHarness, startSlackHarness } from '../../../helpers/slackApp.js';
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

describe('/estado [ID]', () => {
  it('shows the plan with its status colours', async () => {
    const reply = await run('/estado', '');
    expect(reply).toContain('Estado del plan');
    expect(reply).toMatch(/🔴|🟡|🟢/);
  });

  it('shows one activity with its history: who, when, how much, note, evidence', async () => {
    await h.requests.command(
      slashCommand({
        command: '/avance',
        text: '1.2 10 Piezas <https://example.org/e>',
        user_id: RESPONSABLE,
        response_url: h.api.responseUrl('a'),
      }),
    );
    await h.api.waitForResponses(1);
    h.api.responses.length = 0;
    const reply = await run('/estado', '1,2');
    expect(reply).toContain('15 may 2024 · <@U0PRENSA> · *+10* · Piezas · <https://example.org/e|evidencia>');
  });

  it('suggests the nearest IDs for an unknown one', async () => {
    expect(await run('/estado', '1.9')).toContain('No existe la actividad 1.9');
  });
});
