import { describe, expect, it } from 'vitest';
import { censorSecretKeys, scrubLine } from '../../src/logger.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import { eventually, RESPONSABLE, SIGNING_SECRET, useRunningBot } from '../production/helpers.js';

// A response URL lets whoever holds it post as the app for 30 minutes; what people write is theirs.
// Neither reaches the logs, at any level: the running bot below logs at debug.

const RESPONSE_URL = 'https://hooks.slack.com/commands/T0MUNI/5550001/SecretoDeRespuesta';
const NOTE = 'Nota confidencial para el concejo';

describe('scrubbing', () => {
  it('replaces response URLs in any line and censors message fields', () => {
    expect(scrubLine(`{"msg":"x ${RESPONSE_URL} y"}`, [])).toBe('{"msg":"x [oculto] y"}');
    expect(scrubLine('{"url":"http://127.0.0.1:9/actions/T0MUNI/1/abc"}', [])).toBe('{"url":"[oculto]"}');
    expect(censorSecretKeys({ text: NOTE, response_url: RESPONSE_URL, ok: 1 })).toEqual({
      text: '[oculto]',
      response_url: '[oculto]',
      ok: 1,
    });
  });
});

describe('a running bot at LOG_LEVEL=debug', () => {
  const bot = useRunningBot({
    LOG_LEVEL: 'debug',
    SWEEP_CRON: '0 0 1 1 *',
    DIGEST_CRON: '0 0 1 1 *',
    PLANNING_CHANNEL: 'C0PLANEACION',
  });

  it('never logs a response URL or the text people wrote, though it logs the Web API calls they caused', async () => {
    const requests = slackRequests(`http://127.0.0.1:${bot.rinde.port}/slack/events`, SIGNING_SECRET);
    const command = (text: string, triggerId: string) =>
      requests.command(
        slashCommand({
          command: '/avance',
          text,
          user_id: RESPONSABLE,
          trigger_id: triggerId,
          response_url: RESPONSE_URL,
        }),
      );
    expect((await command(`1.1 1 ${NOTE}`, 'trigger-note')).text).toContain('Avance registrado');
    // The form: its private_metadata carries the response URL to views.open.
    expect((await command('', 'trigger-modal')).status).toBe(200);
    await bot.api.waitFor('views.open');

    await eventually(() => expect(bot.api.callsTo('chat.postMessage').length).toBeGreaterThan(0));
    await eventually(() => {
      const debug = bot.rinde.logs().filter((line) => line.level === 20);
      expect(debug.some((line) => String(line.msg).startsWith('http request body'))).toBe(true);
    });
    expect(await bot.rinde.stop()).toBe(0);
    const output = bot.rinde.output();
    expect(output).not.toContain('SecretoDeRespuesta');
    expect(output).not.toContain('hooks.slack.com');
    expect(output).not.toContain(NOTE);
  }, 30_000);
});
