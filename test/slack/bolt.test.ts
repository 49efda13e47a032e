import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasValidSignature } from '../../src/slack/receiver.js';
import { runNode } from '../helpers/processes.js';
import { sign } from '../helpers/slackRequests.js';

// In a process of its own: what a module loads shows in that process's require cache only.
const PROBE = `
import { createRequire } from 'node:module';
const { App } = await import('./dist/src/slack/bolt.js');
const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((path) => /[/]node_modules[/](@slack[/]socket-mode|undici)[/]/.test(path)).length;
const options = { token: 'xoxb-probe', tokenVerificationEnabled: false, signingSecret: 'probe-secret' };
const http = new App(options);
const afterHttp = loaded();
const socket = new App({ ...options, socketMode: true, appToken: 'xapp-probe' });
console.log(JSON.stringify({ afterHttp, afterSocket: loaded(), http: http.receiver.constructor.name, socket: socket.receiver.constructor.name }));
`;

// V8 (Node 20) gives an object made by spreading one whose properties were added one by one, plus
// a new key, a hidden class of its own every time. Bolt built each request's context, middleware
// and listener arguments that way: a fresh class per request, which the scavenger keeps alive and
// promotes (docs/decisions/005-bolt-dispatch-patched.md). patches/ makes them plain copies.
const SHAPES_PROBE = `
const { App } = await import('./dist/src/slack/bolt.js');
const receiver = { init() {}, start() {}, stop() {} };
const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-probe', botId: 'B1', botUserId: 'U0' }), convoStore: false });
const seen = { context: [], middleware: [], listener: [] };
app.use(async (args) => { seen.middleware.push(args); seen.context.push(args.context); await args.next(); });
app.command('/avance', async (args) => { seen.listener.push(args); await args.ack(); });
for (let i = 0; i < 300; i++) {
  const body = { command: '/avance', text: '1.2 1', user_id: 'U' + i, team_id: 'T1', channel_id: 'C1', response_url: 'https://hooks.slack.test/' + i, trigger_id: 't' + i };
  await app.processEvent({ body, ack: async () => {} });
}
const sameShape = (list) => list.slice(-100).every((object, index, last) => index === 0 || %HaveSameMap(object, last[index - 1]));
console.log(JSON.stringify({ requests: seen.listener.length, context: sameShape(seen.context), middleware: sameShape(seen.middleware), listener: sameShape(seen.listener) }));
`;

describe('Bolt App', () => {
  it('keeps the Socket Mode client out of an HTTP bot, and still builds a Socket Mode one', async () => {
    const result = await runNode(['--input-type=module', '-e', PROBE]);

    expect(result.stderr).toBe('');
    const probe = JSON.parse(result.stdout);
    expect(probe).toEqual({
      afterHttp: 0,
      afterSocket: expect.any(Number),
      http: 'HTTPReceiver',
      socket: 'SocketModeReceiver',
    });
    expect(probe.afterSocket).toBeGreaterThan(0);
  });

  it('hands every request its context and arguments in the same shape as the last', async () => {
    const result = await runNode(['--allow-natives-syntax', '--input-type=module', '-e', SHAPES_PROBE]);

    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ requests: 300, context: true, middleware: true, listener: true });
  });
});

// Bolt compared signatures with tsscmp: two more HMACs under a random key per request. Every HMAC
// object is a weak handle each young-generation collection must process, a third of its pause under
// load (docs/decisions/006). Rinde's own receiver (docs/decisions/010) signs once and compares with
// crypto.timingSafeEqual.
describe("the receiver's signature check", () => {
  const secret = 'probe-signing-secret';
  const body = 'command=%2Favance&text=1.2+10';
  const timestamp = String(Math.floor(Date.now() / 1000));
  const verify = (signature: string) => hasValidSignature(secret, { timestamp, signature }, Buffer.from(body));
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('accepts the right signature with one HMAC, its own', () => {
    const hmacs = vi.spyOn(crypto, 'createHmac');
    expect(verify(sign(secret, Number(timestamp), body))).toBe(true);
    expect(hmacs).toHaveBeenCalledTimes(1);
  });

  it('rejects a forged signature, a shorter one and one of the same length in other characters', () => {
    const right = sign(secret, Number(timestamp), body);
    expect(verify(sign(`${secret}-forged`, Number(timestamp), body))).toBe(false);
    expect(verify(right.slice(0, -1))).toBe(false);
    expect(verify(`${right.slice(0, -1)}é`)).toBe(false);
    expect(verify('v0=')).toBe(false);
  });
});
