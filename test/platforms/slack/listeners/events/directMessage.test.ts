import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { RESPONSABLE, useSlackHarness } from '../../../../helpers/slackApp.js';
import { eventCallback } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

let sequence = 0;
function dm(event: Record<string, unknown>): object {
  sequence += 1;
  return eventCallback(`Ev0DM${sequence}`, {
    type: 'message',
    channel_type: 'im',
    channel: 'D0PRENSA',
    user: RESPONSABLE,
    ts: `1700000000.00000${sequence}`,
    event_ts: `1700000000.00000${sequence}`,
    ...event,
  });
}

describe('a message typed in the direct message with Rinde', () => {
  it('answers a mistyped command with the one it meant and the /ayuda hint', async () => {
    const h = harness();
    expect((await h.requests.event(dm({ text: 'avanse 1.2 10' }))).status).toBe(200);
    const [posted] = await h.api.waitFor('chat.postMessage', 1);
    expect(posted?.body).toMatchObject({
      channel: 'D0PRENSA',
      text: 'No conozco el comando «avanse». ¿Quiso decir /avance? Escriba /ayuda para ver los comandos.',
    });
  });

  it('answers a command typed as plain text with how to send it as a command', async () => {
    const h = harness();
    await h.requests.event(dm({ text: 'estado 1.2' }));
    const [posted] = await h.api.waitFor('chat.postMessage', 1);
    expect(posted?.body).toMatchObject({
      text: 'Los comandos se escriben en el cuadro de mensaje empezando por «/»: escriba /estado (Slack lo envía a Rinde). Escriba /ayuda para ver los comandos.',
    });
  });

  it('answers other text with how to find the commands', async () => {
    const h = harness();
    await h.requests.event(dm({ text: 'hola, ¿cómo registro lo de esta semana?' }));
    const [posted] = await h.api.waitFor('chat.postMessage', 1);
    expect(posted?.body).toMatchObject({ text: expect.stringContaining('Escriba /ayuda para ver los comandos.') });
  });

  it('ignores its own messages, edits and messages outside direct messages', async () => {
    const h = harness();
    await h.requests.event(dm({ text: 'Recordatorio', bot_id: 'B0RINDE', user: 'UBOT' }));
    await h.requests.event(dm({ text: 'avanse', subtype: 'message_changed' }));
    await h.requests.event(dm({ text: 'avanse', channel_type: 'channel', channel: 'C0PLANEA' }));
    await h.requests.event(dm({ text: 'estdo' }));
    const calls = await h.api.waitFor('chat.postMessage', 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ text: expect.stringContaining('¿Quiso decir /estado?') });
  });

  it('claims no event row for the messages it ignores, and one for a message a person typed', async () => {
    const h = harness();
    const claims = () => database.db.delivery.count({ where: { kind: 'event' } });
    await h.requests.event(dm({ text: 'Recordatorio', bot_id: 'B0RINDE', user: 'UBOT' }));
    await h.requests.event(dm({ text: 'avanse', subtype: 'message_changed' }));
    await h.requests.event(dm({ text: 'avanse', channel_type: 'channel', channel: 'C0PLANEA' }));
    expect(await claims()).toBe(0);
    await h.requests.event(dm({ text: 'estdo' }));
    await h.api.waitFor('chat.postMessage', 1);
    expect(await claims()).toBe(1);
  });
});
