import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { spreadsheetNumber } from '../../src/export/sheet.js';
import { runCli } from '../../src/platforms/cli/main.js';
import type { Db } from '../../src/storage/database.js';
import { loadPlanView } from '../../src/storage/planView.js';
import { appendProgress } from '../../src/storage/progress.js';
import { SAMPLE_XLSX } from '../helpers/commands.js';
import type { Stores } from '../helpers/database.js';

export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rinde-export-'));
}

/** What a plan holds, in a form two databases can be compared by: ids and row order left out. */
export async function planSnapshot(db: Db) {
  const plan = await db.plan.findFirstOrThrow({ where: { isActive: true } });
  const activities = await db.activity.findMany({
    where: { planId: plan.id, retiredAt: null },
    orderBy: [{ subcomponent: { position: 'asc' } }, { position: 'asc' }],
    include: {
      subcomponent: true,
      offices: { include: { office: true } },
      dueDates: { orderBy: { sequence: 'asc' } },
    },
  });
  // The totals as Rinde reports them (the database sums them), to the 15 significant digits a
  // spreadsheet cell and a stored figure keep.
  const view = await loadPlanView(db, plan.id);
  const progress = new Map(view.activities.map((activity) => [activity.code, spreadsheetNumber(activity.progress)]));
  return {
    entity: plan.entity,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    challenge: plan.challenge,
    objective: plan.objective,
    challengeGoal: plan.challengeGoal,
    indicator: plan.indicator,
    activities: activities.map((a) => ({
      code: a.code,
      subcomponent: { code: a.subcomponent.code, name: a.subcomponent.name },
      title: a.title,
      product: a.product,
      responsibleText: a.responsibleText,
      offices: a.offices.map(({ office }) => office.name).sort(),
      target: a.target,
      unit: a.unit,
      scheduleText: a.scheduleText,
      scheduleKind: a.scheduleKind,
      dueDates: a.dueDates.map((d) => d.dueOn),
      progress: progress.get(a.code),
    })),
  };
}

async function activityId(db: Db, code: string): Promise<number> {
  return (await db.activity.findFirstOrThrow({ where: { code, retiredAt: null } })).id;
}

/**
 * Progress as a plan accumulates it: notes, evidence, decimals, an entry logged late for an
 * earlier date, and an entry that was undone (so the export must count it zero times).
 */
export async function logSampleProgress({ db }: Stores): Promise<void> {
  const log = async (code: string, amount: number, effectiveOn: string, extra: object = {}) =>
    appendProgress(db, {
      activityId: await activityId(db, code),
      amount,
      effectiveOn,
      authorId: 'U0PRENSA',
      authorName: 'Ana Prensa',
      source: 'chat',
      ...extra,
    });
  await log('1.1', 1, '2024-07-15', {
    note: 'Informe de temas priorizados',
    evidenceUrl: 'https://tauramena.gov.co/temas',
  });
  await log('1.2', 10, '2024-07-15', {
    note: 'Publicamos 10 piezas',
    evidenceUrl: 'https://tauramena.gov.co/prensa?p=1;2',
  });
  await log('1.2', 2.5, '2024-08-30', { note: 'Dos piezas y media; con "comillas", punto y coma' });
  const { entry } = await log('1.2', 5, '2024-09-02', { note: 'Registrado dos veces por error' });
  await appendProgress(db, {
    activityId: await activityId(db, '1.2'),
    amount: -5,
    effectiveOn: '2024-09-02',
    authorId: 'U0PRENSA',
    source: 'chat',
    correctsId: entry.id,
  });
  await log('2.5', 0.1, '2024-06-30');
  await log('2.5', 0.2, '2024-06-30', { note: 'Línea uno\nLínea dos' });
  await log('3.4', 3, '2024-12-30', { evidenceUrl: 'https://tauramena.gov.co/seguimiento' });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `rinde …` in this process, exactly as bin/rinde.js runs it: argv, environment, exit code and output. */
export function rindeOn(
  databaseFile: string,
  now?: () => Date,
  env: Record<string, string> = {},
): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    let stdout = '';
    let stderr = '';
    const sink = (write: (text: string) => void) =>
      new Writable({
        write(chunk, _encoding, done) {
          write(String(chunk));
          done();
        },
      });
    const code = await runCli(args, {
      env: { DATABASE_URL: `file:${databaseFile}`, ...env },
      stdout: sink((text) => {
        stdout += text;
      }),
      stderr: sink((text) => {
        stderr += text;
      }),
      ...(now === undefined ? {} : { now }),
    });
    return { code, stdout, stderr };
  };
}

/** How the CLI tests start: the sample imported, and Prensa's ten pieces of 1.2 logged with their evidence. */
export async function importSampleWithPieces(rinde: ReturnType<typeof rindeOn>): Promise<void> {
  await rinde('import', SAMPLE_XLSX);
  await rinde('progress', '1.2', '10', 'Publicamos', '10', 'piezas', '--by', 'Prensa', '--evidence', 'https://x.co/p');
}
