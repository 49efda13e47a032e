import { Writable } from 'node:stream';
import type { Context } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import type { ListenerDeps } from '../../../src/slack/deps.js';
import { oneOf, routed } from '../../../src/slack/listeners/router.js';
import { setRequestLogger } from '../../../src/slack/requestLogger.js';

describe('oneOf', () => {
  it('matches exactly the names given, special characters included', () => {
    const pattern = oneOf(['/avance', 'progress.open']);
    expect(['/avance', 'progress.open'].map((name) => pattern.test(name))).toEqual([true, true]);
    expect(['/avance2', 'x/avance', 'progressXopen', ''].map((name) => pattern.test(name))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('routed', () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const appLogger = createLogger('info', { destination });
  const deps = { logger: appLogger } as ListenerDeps;
  type Args = { context: Context; text: string };
  const listener =
    (name: string) =>
    (listenerDeps: ListenerDeps) =>
    async ({ text }: Args) =>
      // Under `probe`: a field named `text` is a message body, which the logger censors.
      listenerDeps.logger.info({ probe: text }, name);
  const route = routed(
    { '/avance': listener('avance'), '/estado': listener('estado') },
    ({ text }) => (text.startsWith('1') ? '/avance' : text === '' ? '/estado' : '/otro'),
    deps,
  );
  const request = (requestId: string, text: string): Args => {
    const context: Context = { isEnterpriseInstall: false };
    setRequestLogger(context, appLogger.child({ requestId }));
    return { context, text };
  };

  it('hands each request to the listener registered under its name, and nothing else', async () => {
    lines.length = 0;
    await route(request('t1', '1.2 10'));
    await route(request('t2', ''));
    await route(request('t3', 'ninguno'));
    expect(lines.map(({ msg, probe }) => [msg, probe])).toEqual([
      ['avance', '1.2 10'],
      ['estado', ''],
    ]);
  });

  it("gives the listener the request's logger, so its lines carry the request ID", async () => {
    lines.length = 0;
    await route(request('trigger-1', '1.2 10'));
    await route({ context: { isEnterpriseInstall: false }, text: '1.3 1' });
    expect(lines.map(({ requestId, probe }) => [requestId, probe])).toEqual([
      ['trigger-1', '1.2 10'],
      [undefined, '1.3 1'],
    ]);
  });
});
