import { describe, expect, it } from 'vitest';
import { runNode } from '../helpers/processes.js';

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
});
