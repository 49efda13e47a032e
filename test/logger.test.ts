import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { censorSecretKeys, createLogger } from '../src/logger.js';

const TOKEN = 'xoxb-1234567890-secret';

function capture(secrets: string[] = []) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger('info', { destination, secrets }), lines, raw };
}

describe('censorSecretKeys', () => {
  it('censors secret-named keys at the top, nested, and in logged headers', () => {
    expect(
      censorSecretKeys({
        token: 't',
        config: { SLACK_SIGNING_SECRET: 's', PORT: 3000 },
        request: { headers: { authorization: 'Bearer x', 'x-slack-signature': 'v0=abc', host: 'h' } },
      }),
    ).toEqual({
      token: '[oculto]',
      config: { SLACK_SIGNING_SECRET: '[oculto]', PORT: 3000 },
      request: { headers: { authorization: '[oculto]', 'x-slack-signature': '[oculto]', host: 'h' } },
    });
  });

  it('hands back the very object when there is nothing to censor, and never edits the caller’s', () => {
    const plain = { kind: '/avance', ok: true, nested: { ms: 3 } };
    expect(censorSecretKeys(plain)).toBe(plain);
    const withSecret = { nested: { botToken: 'x' } };
    censorSecretKeys(withSecret);
    expect(withSecret).toEqual({ nested: { botToken: 'x' } });
  });
});

describe('createLogger', () => {
  it("writes JSON lines with a request's bindings and no secret, by key or by value", () => {
    const { logger, lines, raw } = capture([TOKEN]);
    logger
      .child({ requestId: 'trigger-1' })
      .info({ token: 'anything', detail: { appToken: 'xapp-1' } }, `sent with ${TOKEN}`);
    expect(lines).toEqual([
      expect.objectContaining({
        app: 'rinde',
        requestId: 'trigger-1',
        token: '[oculto]',
        detail: { appToken: '[oculto]' },
        msg: 'sent with [oculto]',
      }),
    ]);
    expect(raw.join('')).not.toContain(TOKEN);
  });
});
