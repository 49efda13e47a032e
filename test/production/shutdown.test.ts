import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import { RESPONSABLE, type RindeProcess, rindeEnv, SIGNING_SECRET, seedPlanDueNow, startRinde } from './helpers.js';

describe('graceful shutdown', () => {
  let scratch: ScratchDatabase;
  let api: SlackApiStub;
  let rinde: RindeProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase('sqlite');
    await seedPlanDueNow(scratch.url);
    api = await startSlackApi();
    rinde = await startRinde(rindeEnv(scratch.url, api.apiUrl));
    await rinde.waitForLog('slack reachable');
  });
  afterAll(async () => {
    await rinde?.stop();
    await api?.close();
    await scratch?.drop();
  });

  it('on SIGTERM publishes the Home tab refresh still waiting, closes the database and exits 0', async () => {
    const ack = await slackRequests(`http://127.0.0.1:${rinde.port}/slack/events`, SIGNING_SECRET).command(
      slashCommand({ command: '/avance', text: '1.1 2', user_id: RESPONSABLE, response_url: api.responseUrl() }),
    );
    expect(ack.text).toContain('Avance registrado'); // saved; the Home refresh waits out its window
    rinde.child.kill('SIGTERM');
    expect(await rinde.exited).toBe(0);
    const homes = api.callsTo('views.publish').filter((call) => call.body.user_id === RESPONSABLE);
    expect(homes).toHaveLength(1);
    const messages = rinde.logs().map((line) => line.msg);
    expect(messages).toContain('shutting down: finishing requests and jobs in progress');
    expect(messages.at(-1)).toBe('stopped');
    const database = await openDatabase(scratch.url);
    try {
      expect(await database.prisma.progressEntry.count({ where: { authorId: RESPONSABLE } })).toBe(1);
    } finally {
      await database.close();
    }
  }, 30_000);
});
