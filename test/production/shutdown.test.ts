import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { createScratchDatabase, type ScratchDatabase } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { slashCommand } from '../helpers/slackPayloads.js';
import { slackRequests } from '../helpers/slackRequests.js';
import { RESPONSABLE, type RindeProcess, rindeEnv, SIGNING_SECRET, seedPlanDueNow, startRinde } from './helpers.js';

/** A response_url that takes its time to answer, so the command is still in flight when SIGTERM arrives. */
async function slowResponseUrl(delayMs: number) {
  const received: string[] = [];
  let arrived: () => void = () => undefined;
  const firstArrival = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      arrived();
      setTimeout(() => {
        received.push(body);
        res.end('ok');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/respond`,
    firstArrival,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

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

  it('on SIGTERM finishes the command in flight, closes the database and exits 0', async () => {
    const responseUrl = await slowResponseUrl(1500);
    try {
      const ack = await slackRequests(`http://127.0.0.1:${rinde.port}/slack/events`, SIGNING_SECRET).command(
        slashCommand({ command: '/avance', text: '1.1 2', user_id: RESPONSABLE, response_url: responseUrl.url }),
      );
      expect(ack.status).toBe(200);
      await responseUrl.firstArrival; // saved, and now replying
      rinde.child.kill('SIGTERM');
      expect(await rinde.exited).toBe(0);
      expect(responseUrl.received).toHaveLength(1);
      expect(responseUrl.received[0]).toContain('Avance registrado');
      const messages = rinde.logs().map((line) => line.msg);
      expect(messages.indexOf('shutting down: finishing requests and jobs in progress')).toBeLessThan(
        messages.indexOf('slack request'),
      );
      expect(messages.at(-1)).toBe('stopped');
    } finally {
      await responseUrl.close();
    }
    const database = await openDatabase(scratch.url);
    try {
      expect(await database.prisma.progressEntry.count({ where: { authorId: RESPONSABLE } })).toBe(1);
    } finally {
      await database.close();
    }
  }, 30_000);
});
