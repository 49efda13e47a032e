import { describe, expect, it } from 'vitest';
import { messages } from '../../../../../src/wording/messages.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import { readEntries } from '../../../../helpers/progress.js';
import {
  ADMIN,
  eventually,
  OUTSIDER,
  PLANNING_CHANNEL,
  RESPONSABLE,
  useSlackHarness,
} from '../../../../helpers/slackApp.js';
import { slashCommand } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

function avance(text: string, userId = RESPONSABLE) {
  return harness().requests.command(
    slashCommand({ command: '/avance', text, user_id: userId, response_url: harness().api.responseUrl('avance') }),
  );
}

const entries = () => readEntries(database.db, { source: { not: 'import' } });

/** The reply travels in the ack (the work is quick), with nothing sent to the response_url. */
async function ackReply(text: string, userId = RESPONSABLE): Promise<string> {
  const response = await avance(text, userId);
  expect(response.status).toBe(200);
  expect(response.json()).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  return response.text;
}

describe('/avance ID CANTIDAD [nota] [enlace]', () => {
  it('saves the entry, then answers in the ack with the new state', async () => {
    const reply = await ackReply('1.2 10 Publicamos 10 piezas <https://example.org/evidencia>');
    expect(reply).toContain('Avance registrado');
    expect(reply).toContain('10/40 (25 %)');
    expect(await entries()).toMatchObject([
      {
        amount: 10,
        authorId: RESPONSABLE,
        authorName: 'María Gómez',
        note: 'Publicamos 10 piezas',
        evidenceUrl: 'https://example.org/evidencia',
      },
    ]);
  });

  it('posts a short note to the planning channel and refreshes the Home tab', async () => {
    await ackReply('1.2 10');
    const [note] = await harness().api.waitFor('chat.postMessage');
    expect(note?.body.channel).toBe(PLANNING_CHANNEL);
    expect(String(note?.body.text)).toContain(`<@${RESPONSABLE}> registró 10 en 1.2`);
    const [home] = await harness().api.waitFor('views.publish');
    expect(home?.body.user_id).toBe(RESPONSABLE);
    expect(JSON.stringify(home?.body.view)).toContain('10/40 (25 %)');
    expect(harness().api.responses).toEqual([]);
  });

  it('refreshes the Home tab once, with the latest total, for entries logged in a row', async () => {
    await ackReply('1.2 10');
    await ackReply('1.2 5');
    // Stopping the app publishes what is still waiting out the coalescing window.
    await harness().slack.stop();
    const homes = harness().api.callsTo('views.publish');
    expect(homes).toHaveLength(1);
    expect(JSON.stringify(homes[0]?.body.view)).toContain('15/40');
  });

  it('refreshes the Home tab of each person who logged in the same moment, each their own', async () => {
    await ackReply('1.2 10');
    await ackReply('1.2 5', ADMIN);
    await harness().slack.stop();
    const homes = harness().api.callsTo('views.publish');
    expect(homes.map((home) => home.body.user_id).sort()).toEqual([ADMIN, RESPONSABLE].sort());
    for (const home of homes) expect(JSON.stringify(home.body.view)).toContain('15/40');
    const adminHome = JSON.stringify(homes.find((home) => home.body.user_id === ADMIN)?.body.view);
    expect(adminHome).not.toEqual(JSON.stringify(homes.find((home) => home.body.user_id === RESPONSABLE)?.body.view));
  });

  it('tells someone outside the offices who may log progress, and writes nothing', async () => {
    const reply = await ackReply('1.2 10', OUTSIDER);
    expect(reply).toContain('Solo pueden registrar avance en la actividad 1.2');
    expect(reply).toContain('Oficina de Comunicaciones');
    expect(reply).toContain(`<@${RESPONSABLE}>`);
    expect(await entries()).toEqual([]);
    expect(harness().api.callsTo('chat.postMessage')).toEqual([]);
  });

  it.each([
    ['1.2 diez', messages.amountNotANumber('diez')],
    ['9.9 5', 'No existe la actividad 9.9'],
    ['1.2 -3', messages.amountNotPositive],
    ['1.2', messages.amountMissing('1.2')],
  ])('answers "/avance %s" with what to type instead', async (text, expected) => {
    expect(await ackReply(text)).toContain(expected);
    expect(await entries()).toEqual([]);
  });
});

describe('/avance with no text', () => {
  it("opens the progress modal with the trigger_id, the caller's activities first", async () => {
    await harness().requests.command(
      slashCommand({
        command: '/avance',
        text: '',
        user_id: RESPONSABLE,
        trigger_id: '1337.42.abcdef',
        response_url: harness().api.responseUrl('avance'),
      }),
    );
    const [open] = await harness().api.waitFor('views.open');
    expect(open?.body.trigger_id).toBe('1337.42.abcdef');
    const view = open?.body.view as { callback_id: string; blocks: { element?: { option_groups?: unknown } }[] };
    expect(view.callback_id).toBe('progress_modal');
    expect(view.blocks[0]?.element?.option_groups).toMatchObject([
      { label: { text: 'Sus actividades' }, options: [{ value: '1.2' }] },
      { label: { text: 'Otras actividades' }, options: [{ value: '1.1' }, { value: '2.1' }] },
    ]);
    expect(harness().api.responses).toEqual([]);
  });

  it('tells the user, in Spanish, when the modal cannot be opened (Web API 500) and logs without the token', async () => {
    harness().api.fail('views.open', { status: 500 });
    await avance('');
    const [response] = await harness().api.waitForResponses(1);
    expect(response?.body).toMatchObject({ response_type: 'ephemeral', text: `⚠️ ${messages.unexpected}` });
    await eventually(() =>
      expect(harness().logs).toContainEqual(
        expect.objectContaining({ msg: 'slack request failed', request: '/avance', userId: RESPONSABLE }),
      ),
    );
    expect(harness().rawLogs()).not.toContain('xoxb-test-token-never-logged');
  });
});
