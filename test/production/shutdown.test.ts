import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import { RESPONSABLE, SIGNING_SECRET, useRunningBot } from './helpers.js';

describe('graceful shutdown', () => {
  const bot = useRunningBot();

  it('on SIGTERM publishes the Home tab refresh still waiting, closes the database and exits 0', async () => {
    const ack = await slackRequests(`http://127.0.0.1:${bot.rinde.port}/slack/events`, SIGNING_SECRET).command(
      slashCommand({ command: '/avance', text: '1.1 2', user_id: RESPONSABLE, response_url: bot.api.responseUrl() }),
    );
    expect(ack.text).toContain('Avance registrado'); // saved; the Home refresh waits out its window
    bot.rinde.child.kill('SIGTERM');
    expect(await bot.rinde.exited).toBe(0);
    const homes = bot.api.callsTo('views.publish').filter((call) => call.body.user_id === RESPONSABLE);
    expect(homes).toHaveLength(1);
    const messages = bot.rinde.logs().map((line) => line.msg);
    expect(messages).toContain('shutting down: finishing requests and jobs in progress');
    expect(messages.at(-1)).toBe('stopped');
    const database = await openDatabase(bot.scratch.url);
    try {
      expect(await database.prisma.progressEntry.count({ where: { authorId: RESPONSABLE } })).toBe(1);
    } finally {
      await database.close();
    }
  }, 30_000);
});
