import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updatePublication } from '../../../../../src/storage/publication.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import { PUBLIC_URL, type SlackHarness, startSlackHarness } from '../../../../helpers/slackApp.js';
import { eventCallback } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
let h: SlackHarness;
beforeEach(async () => {
  h = await startSlackHarness(database);
});
afterEach(async () => {
  await h.stop();
});

let sequence = 0;
function linkShared(urls: string[]): object {
  sequence++;
  return eventCallback(`Ev0LINK${sequence}`, {
    type: 'link_shared',
    user: 'U0PRENSA',
    channel: 'C0PLANEACION',
    message_ts: '1700000000.000100',
    links: urls.map((url) => ({ domain: new URL(url).hostname, url })),
    event_ts: '1700000000.000100',
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('link_shared', () => {
  it("unfurls a link to an activity's public page with its progress, and the plan's with its compliance", async () => {
    await updatePublication(database.db, { published: true });
    const activity = `${PUBLIC_URL}/vigencia/2024/actividad/1.2/`;
    const plan = `${PUBLIC_URL}/vigencia/2024/`;
    const response = await h.requests.event(linkShared([activity, plan, 'https://otro.example.com/vigencia/2024/']));
    expect(response.status).toBe(200);
    const [call] = await h.api.waitFor('chat.unfurl', 1);
    const body = call?.body as { channel: string; ts: string; unfurls: string | Record<string, unknown> };
    expect(body.channel).toBe('C0PLANEACION');
    expect(body.ts).toBe('1700000000.000100');
    const unfurls = typeof body.unfurls === 'string' ? JSON.parse(body.unfurls) : body.unfurls;
    expect(Object.keys(unfurls).sort()).toEqual([activity, plan].sort());
    const text = JSON.stringify(unfurls[activity]);
    expect(text).toContain('*1.2 Publicar contenidos');
    expect(text).toContain('0 de 40 (0 %)');
    expect(text).toContain('Rojo');
    expect(JSON.stringify(unfurls[plan])).toContain('Plan de rendición de cuentas 2024');
  });

  it('unfurls nothing while the page is not published', async () => {
    await h.requests.event(linkShared([`${PUBLIC_URL}/vigencia/2024/actividad/1.2/`]));
    await settle();
    expect(h.api.calls.filter((call) => call.method === 'chat.unfurl')).toEqual([]);
  });

  it('refuses a malformed payload without calling Slack', async () => {
    await updatePublication(database.db, { published: true });
    const payload = linkShared([]) as { event: { links: unknown } };
    payload.event.links = [{ domain: 'rinde.example.gov.co', url: 'no es un enlace' }];
    await h.requests.event(payload);
    await settle();
    expect(h.api.calls.filter((call) => call.method === 'chat.unfurl')).toEqual([]);
  });
});
