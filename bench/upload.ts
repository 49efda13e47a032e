import { DEFAULT_STATUS_BANDS } from '../src/domain/types.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { setAdmin } from '../src/storage/members.js';
import { confirmUpload, previewUpload, readPlan, savePlan } from '../src/usecases/importPlan.js';
import { availableEngines, type Scratch, scratchDatabase } from './lib/databases.js';
import { planBook } from './lib/planSheet.js';
import { elapsedMs, printTable } from './lib/stats.js';

// A plan uploaded in chat: the preview (read the sheet, keep the parsed plan as a Setting row) and
// "Importar" (take the row, save the plan) for a 5,000-row .xlsx, in process, without Slack. It checks
// that keeping the parsed plan in one Setting row stays cheap at the size of the largest plans: beside
// each, the same sheet read and saved directly (as `rinde import` does, in process) on a fresh database.

const ROWS = Number(process.env.BENCH_UPLOAD_ROWS ?? 5000);
async function planWorkbook(): Promise<Buffer> {
  return Buffer.from(await planBook(ROWS).xlsx.writeBuffer());
}

async function onScratch<T>(engine: Scratch['engine'], work: (database: Database) => Promise<T>): Promise<T> {
  const scratch = await scratchDatabase(engine);
  const database = await openDatabase(scratch.url);
  try {
    return await work(database);
  } finally {
    await database.close();
    await scratch.drop();
  }
}

function since(started: bigint): number {
  return Math.round(elapsedMs(started));
}

async function uploaded(database: Database) {
  await setAdmin(database.prisma, 'U0PLANEA', true);
  const ctx = {
    db: database.prisma,
    now: new Date('2025-03-01T15:00:00Z'),
    timeZone: 'America/Bogota',
    bands: DEFAULT_STATUS_BANDS,
    caller: { userId: 'U0PLANEA', displayName: 'Planeación' },
    source: 'chat' as const,
    mention: (id: string) => `<@${id}>`,
  };
  let started = process.hrtime.bigint();
  const preview = await previewUpload(ctx, { fileName: 'plan.xlsx', bytes }, { quietDays: 30 });
  const previewMs = since(started);
  if (preview.kind !== 'upload-preview') throw new Error(JSON.stringify(preview));
  const stored = await database.prisma.setting.findFirstOrThrow({ where: { key: { startsWith: 'import.pending.' } } });
  started = process.hrtime.bigint();
  const imported = await confirmUpload(ctx, preview.pendingId, database.provider);
  if (imported.kind !== 'upload-finished') throw new Error(JSON.stringify(imported));
  return { previewMs, importMs: since(started), pendingKiB: Math.round(stored.value.length / 1024) };
}

async function direct(database: Database) {
  let started = process.hrtime.bigint();
  const result = await readPlan(database.prisma, { fileName: 'plan.xlsx', bytes }, { quietDays: 30 });
  const readMs = since(started);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  started = process.hrtime.bigint();
  await savePlan(database, result, { sourceFile: 'plan.xlsx', authorId: 'bench', now: new Date() });
  return { readMs, saveMs: since(started) };
}

const bytes = await planWorkbook();
const rows: (string | number)[][] = [];
for (const engine of await availableEngines()) {
  const upload = await onScratch(engine, uploaded);
  const cli = await onScratch(engine, direct);
  rows.push([
    engine,
    ROWS,
    Math.round(bytes.length / 1024),
    upload.pendingKiB,
    `${upload.previewMs} / ${cli.readMs}`,
    `${upload.importMs} / ${cli.saveMs}`,
  ]);
}
printTable(
  `A ${ROWS.toLocaleString('en-US')}-row plan uploaded in chat vs read and saved directly (in process, wall time)`,
  ['engine', 'rows', 'file KiB', 'pending row KiB', 'preview / read ms', 'Importar / save ms'],
  rows,
);
