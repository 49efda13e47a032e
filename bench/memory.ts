import { availableEngines, scratchDatabase } from './lib/databases.js';
import { runLoad } from './lib/load.js';
import { rssMegabytes, startRinde } from './lib/processes.js';
import { seedSamplePlan } from './lib/seed.js';
import { startBenchSlack } from './lib/slackStandIn.js';
import { printTable } from './lib/stats.js';

// Resident memory of a running bot (HTTP mode, sample plan, scheduler on): idle after start-up, and
// idle again after serving 2,000 /avance commands.

const SECRET = 'bench-signing-secret-0123456789';
const IDLE_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const slack = await startBenchSlack();
const rows: (string | number)[][] = [];
try {
  for (const engine of await availableEngines()) {
    const scratch = await scratchDatabase(engine);
    try {
      const commands = await seedSamplePlan(scratch.url);
      const rinde = await startRinde({
        DATABASE_URL: scratch.url,
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
      });
      try {
        await sleep(IDLE_MS);
        const idle = rssMegabytes(rinde.pid);
        const target = { port: rinde.port, signingSecret: SECRET, commands };
        let served = 0;
        while (served < 2000) served += (await runLoad({ ...target, doneAt: 'reply' }, slack, 10, 2, 0)).count;
        await sleep(IDLE_MS);
        rows.push([engine, idle, rssMegabytes(rinde.pid), served]);
      } finally {
        await rinde.stop();
      }
    } finally {
      await scratch.drop();
    }
  }
} finally {
  await slack.close();
}
printTable(
  `Resident memory (RSS) of node dist/src/main.js, ${IDLE_MS / 1000} s idle`,
  ['engine', 'idle after start MB', 'idle after commands MB', 'commands served'],
  rows,
);
