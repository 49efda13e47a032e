import { availableEngines, scratchDatabase } from './lib/databases.js';
import { runLoad } from './lib/load.js';
import { rssMegabytes, BENCH_SIGNING_SECRET as SECRET, startRinde } from './lib/processes.js';
import { seedSamplePlan } from './lib/seed.js';
import { startBenchSlack } from './lib/slackStandIn.js';
import { printTable } from './lib/stats.js';

// Resident memory of a running bot (HTTP mode, sample plan, scheduler on): idle after start-up, and
// idle again after serving 1,000 /avance commands (BENCH_MEMORY_COMMANDS), each read 5 s and 30 s into
// the quiet. V8 gives memory back only after some seconds without work, so the later figure is what an
// idle bot holds.

const READINGS_MS = [5_000, 30_000];
const COMMANDS = Number(process.env.BENCH_MEMORY_COMMANDS ?? 1000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** RSS in MB at each of READINGS_MS after now, while the bot has nothing to do. */
async function idleReadings(pid: number): Promise<number[]> {
  const started = Date.now();
  const readings: number[] = [];
  for (const at of READINGS_MS) {
    await sleep(at - (Date.now() - started));
    readings.push(rssMegabytes(pid));
  }
  return readings;
}
const slack = await startBenchSlack();
const rows: (string | number)[][] = [];
try {
  for (const engine of await availableEngines()) {
    const scratch = await scratchDatabase(engine);
    try {
      const commands = await seedSamplePlan(scratch.url);
      const rinde = await startRinde(scratch.url, slack.apiUrl);
      try {
        const afterStart = await idleReadings(rinde.pid);
        const target = { port: rinde.port, pid: rinde.pid, signingSecret: SECRET, commands };
        let served = 0;
        while (served < COMMANDS) served += (await runLoad({ ...target, doneAt: 'reply' }, slack, 10, 2, 0)).count;
        rows.push([engine, ...afterStart, ...(await idleReadings(rinde.pid)), served]);
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
  'Resident memory (RSS) of node dist/src/main.js, idle',
  [
    'engine',
    ...READINGS_MS.map((ms) => `${ms / 1000} s after start MB`),
    ...READINGS_MS.map((ms) => `${ms / 1000} s after commands MB`),
    'commands served',
  ],
  rows,
);
