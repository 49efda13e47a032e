import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../helpers/database.js';
import { RESPONSABLE, runSlashCommand, SIGNING_SECRET, useSlackHarness } from '../helpers/slackApp.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { sign, slackRequests } from '../helpers/slackRequests.js';
import {
  eventually as eventuallyInProcess,
  SIGNING_SECRET as PROCESS_SECRET,
  useRunningBot,
} from '../production/helpers.js';

// Forged and malformed requests against the real app: each is refused before Bolt sees it, and the
// app goes on serving. These are the attacks of issue 18; docs/reliability.md counts them.

const database = withTestDatabase('sqlite');
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** Signed, well-formed in transport, and not a Slack payload: each got past Bolt's parser and crashed it. */
const MALFORMED: [string, string, string][] = [
  ['an Events body of null', 'null', JSON_TYPE],
  ['an Events body that is an array', '[]', JSON_TYPE],
  ['an Events body that is a number', '42', JSON_TYPE],
  ['an Events body that is a string', '"hola"', JSON_TYPE],
  ['an object with neither type nor command', '{"team_id":"T0MUNI"}', JSON_TYPE],
  ['an event_callback whose event is null', '{"type":"event_callback","event":null}', JSON_TYPE],
  [
    'an event whose item is a string',
    '{"type":"event_callback","event":{"type":"reaction_added","item":"x"}}',
    JSON_TYPE,
  ],
  ['interactivity payload=null', 'payload=null', FORM],
  ['interactivity payload that is not JSON', 'payload=%7Bnope', FORM],
  [
    'interactivity payload whose channel is null',
    `payload=${encodeURIComponent('{"type":"block_actions","actions":[],"channel":null}')}`,
    FORM,
  ],
  ['a body that is not JSON at all', '{', JSON_TYPE],
  ['a content type Slack never sends', 'command=%2Favance', 'text/plain'],
];

describe('forged and malformed requests to the real app', () => {
  const harness = useSlackHarness(database);
  const entries = () => database.db.progressEntry.count();

  it.each(MALFORMED)(
    '%s: 400 (or 415) before dispatch, and the next command still works',
    async (_name, body, type) => {
      const h = harness();
      const response = await h.requests.send(body, type);
      expect([400, 415]).toContain(response.status);
      expect(h.logs.filter((line) => line.msg === 'slack request')).toEqual([]);
      expect(await runSlashCommand(h, '/avance', '1.2 1')).toContain('Avance registrado');
    },
  );

  it('refuses a request signed more than five minutes in the future or the past, and accepts one 4 minutes off', async () => {
    const h = harness();
    const command = () =>
      slashCommand({ command: '/avance', text: '1.2 1', user_id: RESPONSABLE, response_url: h.api.responseUrl() });
    expect((await h.requests.command(command(), { timestampOffsetSeconds: 6 * 60 })).status).toBe(401);
    expect((await h.requests.command(command(), { timestampOffsetSeconds: -6 * 60 })).status).toBe(401);
    expect(await entries()).toBe(0);
    expect((await h.requests.command(command(), { timestampOffsetSeconds: 4 * 60 })).status).toBe(200);
    expect((await h.requests.command(command(), { timestampOffsetSeconds: -4 * 60 })).status).toBe(200);
    await eventuallyInProcess(async () => expect(await entries()).toBe(2));
  });

  it('refuses an unsigned body over 512 KB with 413 without reading it all, whether declared or streamed', async () => {
    const h = harness();
    const url = new URL(h.requests.endpoint);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': FORM,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign('not-the-secret', timestamp, ''),
    };
    // Declared: refused on the header alone.
    const declared = await h.requests.send('x'.repeat(600 * 1024), FORM);
    expect(declared.status).toBe(413);
    // Streamed without a length (chunked): refused once the count passes the cap.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'y'.repeat(64 * 1024);
      for (let i = 0; i < 12; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect(h.logs.filter((line) => line.msg === 'slack request rejected').map((line) => line.status)).toEqual([
      413, 413,
    ]);
    expect(await runSlashCommand(h, '/avance', '1.2 1')).toContain('Avance registrado');
  });

  it('refuses missing or malformed signature headers without reading the body', async () => {
    const h = harness();
    const noHeaders = await fetch(h.requests.endpoint, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE },
      body: '{}',
    });
    expect(noHeaders.status).toBe(401);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const shortSignature = await fetch(h.requests.endpoint, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': 'v0=abc' },
      body: '{}',
    });
    expect(shortSignature.status).toBe(401);
    const badTimestamp = await fetch(h.requests.endpoint, {
      method: 'POST',
      headers: {
        'content-type': JSON_TYPE,
        'x-slack-request-timestamp': 'soon',
        'x-slack-signature': sign(SIGNING_SECRET, 0, '{}'),
      },
      body: '{}',
    });
    expect(badTimestamp.status).toBe(401);
  });

  it("answers Slack's unsigned ssl_check with 200 and dispatches nothing", async () => {
    const h = harness();
    const response = await fetch(h.requests.endpoint, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'ssl_check=1&token=x',
    });
    expect(response.status).toBe(200);
    expect(h.logs.filter((line) => line.msg === 'slack request')).toEqual([]);
  });
});

describe('a running bot under malformed requests', () => {
  const bot = useRunningBot({ SWEEP_CRON: '0 0 1 1 *' });

  it('keeps serving after signed null bodies: the process does not exit and /healthz stays 200', async () => {
    const requests = slackRequests(`http://127.0.0.1:${bot.rinde.port}/slack/events`, PROCESS_SECRET);
    for (const [, body, type] of MALFORMED) expect([400, 415]).toContain((await requests.send(body, type)).status);
    const ok = await requests.command(
      slashCommand({
        command: '/avance',
        text: '1.1 1',
        user_id: RESPONSABLE,
        response_url: bot.api.responseUrl('ok'),
      }),
    );
    expect(ok.text).toContain('Avance registrado');
    expect(bot.rinde.child.exitCode).toBeNull();
    expect((await bot.rinde.healthz()).status).toBe(200);
  });
});
