import { mkdtempSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/storage/database.js';
import { appendProgress } from '../src/storage/progress.js';
import { updatePublication } from '../src/storage/publication.js';
import { webDepsOf } from '../src/web/index.js';
import { createPublicSite, nodeHandler } from '../src/web/site.js';
import { seedSamplePlan } from './lib/seed.js';

// The public plan page (cached, one version query per request) against the same bytes served as a
// static file by the same node:http server, in the same run: pages per second at concurrency 10,
// and once more with progress logged between requests so every page is rendered afresh.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = 10;

const folder = mkdtempSync(join(tmpdir(), 'rinde-bench-web-'));
const url = `file:${join(folder, 'rinde.db')}`;
await seedSamplePlan(url);
const database = await openDatabase(url);
const db = database.prisma;
await updatePublication(db, { published: true });
const loaded = loadConfig({ DATABASE_URL: url });
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const now = () => new Date('2024-09-02T15:00:00Z');
const site = createPublicSite(webDepsOf(loaded.config, db, now));
const staticCopy = Buffer.from((await site.respond('/vigencia/2024/')).body);
const pages = nodeHandler(site, (error) => {
  throw error;
});
const server = createServer((req, res) => {
  if (req.url === '/static/plan.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(staticCopy);
    return;
  }
  pages(req, res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

function get(agent: Agent, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    request({ port, path, agent, host: '127.0.0.1' }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${path}: ${res.statusCode}`));
      res.resume().on('end', resolve);
    })
      .on('error', reject)
      .end();
  });
}

async function pagesPerSecond(path: string, between?: () => Promise<unknown>): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let done = 0;
  const stopAt = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < stopAt) {
        if (between !== undefined) await between();
        await get(agent, path);
        done++;
      }
    }),
  );
  agent.destroy();
  return done / SECONDS;
}

const activity = await db.activity.findFirstOrThrow({ where: { code: '1.2' } });
const logOne = () =>
  appendProgress(db, {
    activityId: activity.id,
    amount: 0,
    effectiveOn: '2024-09-01',
    authorId: 'bench',
    source: 'cli',
  });

await pagesPerSecond('/static/plan.html'); // warm-up of both paths
await pagesPerSecond('/vigencia/2024/');
// Interleaved rounds, as in bench/avance.ts: the shared cores' speed drifts between runs minutes apart.
const ROUNDS = 3;
const rounds: { staticRate: number; cachedRate: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  rounds.push({
    staticRate: await pagesPerSecond('/static/plan.html'),
    cachedRate: await pagesPerSecond('/vigencia/2024/'),
  });
}
const freshRate = await pagesPerSecond('/vigencia/2024/', logOne);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const staticRate = median(rounds.map((r) => r.staticRate));
console.log(
  `Plan page, ${(staticCopy.length / 1024).toFixed(0)} KiB, concurrency ${CONCURRENCY}, ${SECONDS} s per cell`,
);
for (const [index, r] of rounds.entries()) {
  console.log(
    `round ${index + 1}: static ${r.staticRate.toFixed(0)} pages/s, plan page (cached) ${r.cachedRate.toFixed(0)} pages/s: ` +
      `${((r.cachedRate / r.staticRate) * 100).toFixed(0)} % of static`,
  );
}
console.log(
  `median ratio, cached plan page / static file: ${(median(rounds.map((r) => r.cachedRate / r.staticRate)) * 100).toFixed(0)} %`,
);
console.log(
  `plan page with progress logged before each request (a write and a render from the database): ${freshRate.toFixed(0)} pages/s ` +
    `(${((freshRate / staticRate) * 100).toFixed(1)} % of the median static rate)`,
);
server.close();
await database.close();
