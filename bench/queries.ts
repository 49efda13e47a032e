import Database from 'better-sqlite3';
import pg from 'pg';
import { DEFAULT_STATUS_BANDS } from '../src/domain/types.js';
import { openDatabase } from '../src/storage/database.js';
import { runCommand } from '../src/usecases/index.js';
import { availableEngines, scratchDatabase } from './lib/databases.js';
import { seedSamplePlan } from './lib/seed.js';

// How many SQL statements one `/avance` sends, on each engine: counted at the drivers (every
// statement better-sqlite3 prepares, every query pg sends), over commands on the sample plan.

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 200);

let statements = 0;
const countIn = (proto: Record<string, unknown>, method: string) => {
  const original = proto[method] as (...args: unknown[]) => unknown;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  };
};
countIn(Database.prototype as unknown as Record<string, unknown>, 'prepare');
countIn(pg.Client.prototype as unknown as Record<string, unknown>, 'query');

for (const engine of await availableEngines()) {
  const scratch = await scratchDatabase(engine);
  try {
    const commands = await seedSamplePlan(scratch.url);
    const database = await openDatabase(scratch.url);
    const ctx = (userId: string, i: number) => ({
      db: database.prisma,
      now: new Date('2024-08-01T15:00:00Z'),
      timeZone: 'America/Bogota',
      bands: DEFAULT_STATUS_BANDS,
      lateGraceDays: 10,
      caller: { userId, displayName: 'Bench' },
      source: 'chat' as const,
      mention: (id: string) => `<@${id}>`,
      planRef: undefined,
      requestKey: `bench-${i}`,
    });
    let replies = '';
    const started = performance.now();
    const before = statements;
    for (let i = 0; i < COMMANDS; i++) {
      const command = commands[i % commands.length];
      if (command === undefined) continue;
      const reply = await runCommand(ctx(command.userId, i), 'avance', command.text);
      if (i === 0) replies = JSON.stringify(reply).slice(0, 200);
    }
    const ms = (performance.now() - started) / COMMANDS;
    console.log(
      `${engine}: ${((statements - before) / COMMANDS).toFixed(1)} statements per /avance, ` +
        `${ms.toFixed(2)} ms each one after another (first reply: ${replies})`,
    );
    await database.close();
  } finally {
    await scratch.drop();
  }
}
