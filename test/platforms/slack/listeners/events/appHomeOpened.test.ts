import { afterEach, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import {
  ADMIN,
  eventually,
  type HarnessOptions,
  OUTSIDER,
  RESPONSABLE,
  type SlackHarness,
  startSlackHarness,
} from '../../../../helpers/slackApp.js';
import { appHomeOpened } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
let h: SlackHarness;

async function start(options?: HarnessOptions) {
  h = await startSlackHarness(database, options);
}
afterEach(async () => {
  await h.stop();
});

const publishedView = async (count = 1) => {
  const calls = await h.api.waitFor('views.publish', count);
  return calls.at(-1)?.body as { user_id: string; view: { type: string; blocks: unknown[] } };
};

describe('app_home_opened', () => {
  it("publishes the person's Home tab with their activities", async () => {
    await start();
    const response = await h.requests.event(appHomeOpened({ userId: RESPONSABLE }));
    expect(response.status).toBe(200);
    const published = await publishedView();
    expect(published.user_id).toBe(RESPONSABLE);
    expect(published.view.type).toBe('home');
    const json = JSON.stringify(published.view);
    expect(json).toContain('*1.2* Publicar contenidos');
    expect(json).toContain('Registrar avance');
    expect(json).not.toContain('Estado del plan');
  });

  it('shows admins the plan summary with status colours', async () => {
    await start();
    await h.requests.event(appHomeOpened({ userId: ADMIN, eventId: 'Ev0ADMIN' }));
    const json = JSON.stringify((await publishedView()).view);
    expect(json).toContain('Estado del plan');
    expect(json).toMatch(/🔴|🟡|🟢/);
  });

  it('explains what to do to someone with no offices', async () => {
    await start();
    await h.requests.event(appHomeOpened({ userId: OUTSIDER, eventId: 'Ev0OTRO' }));
    expect(JSON.stringify((await publishedView()).view)).toContain('No tiene dependencias asignadas');
  });

  it('handles an event delivered twice (x-slack-retry-num) only once', async () => {
    await start();
    const event = appHomeOpened({ userId: RESPONSABLE, eventId: 'Ev0TWICE' });
    await h.requests.event(event);
    await publishedView();
    const retry = await h.requests.event(event, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await eventually(() =>
      expect(h.logs).toContainEqual(
        expect.objectContaining({ eventId: 'Ev0TWICE', msg: 'event already handled; ignored' }),
      ),
    );
    expect(h.api.callsTo('views.publish')).toHaveLength(1);
    expect(await database.db.delivery.findMany({ select: { key: true } })).toEqual([{ key: 'event:Ev0TWICE' }]);
  });

  it('ignores the Messages tab', async () => {
    await start();
    await h.requests.event(appHomeOpened({ userId: RESPONSABLE, eventId: 'Ev0MSG', tab: 'messages' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.api.callsTo('views.publish')).toEqual([]);
  });

  it('waits out a 429 with Retry-After and publishes on the retry', async () => {
    await start({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    h.api.fail('views.publish', { status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    await h.requests.event(appHomeOpened({ userId: RESPONSABLE, eventId: 'Ev0RATE' }));
    const calls = await h.api.waitFor('views.publish', 2, 5000);
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(h.logs.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('tells the person by DM when Slack keeps failing (500), and logs it without the token', async () => {
    await start();
    h.api.fail('views.publish', { status: 500 });
    await h.requests.event(appHomeOpened({ userId: RESPONSABLE, eventId: 'Ev0FAIL' }));
    const [dm] = await h.api.waitFor('chat.postMessage');
    expect(dm?.body).toMatchObject({ channel: `D${RESPONSABLE}`, text: expect.stringContaining('Algo salió mal') });
    expect(h.api.callsTo('conversations.open')[0]?.body.users).toBe(RESPONSABLE);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ msg: 'slack request failed', request: 'app_home_opened', userId: RESPONSABLE }),
    );
    expect(h.rawLogs()).not.toContain('xoxb-test-token-never-logged');
  });
});
