import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addGobernacionHeader } from '../test/fixtures/plans/gobernacion.js';
import { availableEngines, scratchDatabase } from './lib/databases.js';
import { OFFICES, SCHEDULES, SUBCOMPONENTS, writePlan } from './lib/planSheet.js';
import { ROOT } from './lib/processes.js';
import { printTable } from './lib/stats.js';

// `rinde import` of a 5,000-row plan spreadsheet (.xlsx), as the planning office runs it: the CLI
// process from start to exit, a first import and a re-import that updates every activity in place.
// Two layouts: the flat one Rinde exports, and one laid out the way a gobernación keeps it (a cover
// sheet first, a header two rows deep with merged cells, subcomponents merged down, the control
// office's follow-up columns), which goes through every stage of header detection. Goal: under 5 s.

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);

/** The gobernación's layout (test/fixtures/plans/gobernacion.ts, its header followed up) at scale, after a cover sheet. */
async function writeRealLayout(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const cover = book.addWorksheet('Portada');
  cover.addRow(['PLAN DE ACCIÓN DE RENDICIÓN DE CUENTAS']);
  cover.addRow(['Versión', 'Fecha', 'Descripción del cambio', 'Responsable']);
  cover.addRow([1, '15/01/2025', 'Versión inicial', OFFICES[0]]);
  const sheet = book.addWorksheet('RdC');
  sheet.addRow(['GOBERNACIÓN DE PRUEBA DE CARGA – VIGENCIA 2025']);
  sheet.mergeCells('A1:K1');
  sheet.addRow(['Entidad:', 'Gobernación de Prueba de Carga']);
  sheet.addRow([]);
  addGobernacionHeader(sheet, { followUp: true });
  const perSubcomponent = Math.ceil(ROWS / SUBCOMPONENTS);
  for (let row = 0; row < ROWS; row++) {
    const sub = Math.floor(row / perSubcomponent) + 1;
    const index = (row % perSubcomponent) + 1;
    sheet.addRow([
      `${sub}. Subcomponente ${sub}`,
      `${sub}.${index}`,
      `Actividad ${sub}.${index}: publicar y socializar los avances de la gestión`,
      'Informe publicado',
      (row % 10) + 1,
      `${OFFICES[row % OFFICES.length]}\n${OFFICES[(row + 1) % OFFICES.length]}`,
      '01/02/2025',
      SCHEDULES[row % SCHEDULES.length],
      '0%',
      null,
      null,
    ]);
  }
  for (let sub = 0; sub < SUBCOMPONENTS; sub++) {
    const first = 6 + sub * perSubcomponent;
    const last = Math.min(first + perSubcomponent - 1, 5 + ROWS);
    if (last > first) sheet.mergeCells(`A${first}:A${last}`);
  }
  await book.xlsx.writeFile(file);
}

function timedImport(
  file: string,
  databaseUrl: string,
  ...flags: string[]
): { ms: number; ok: boolean; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/rinde.js'), 'import', file, ...flags], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  // The reason is the last lines the CLI wrote (a Spanish message, or the end of a stack trace).
  const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-6).join('\n');
  return { ms: performance.now() - started, ok: result.status === 0, output };
}

const folder = mkdtempSync(join(tmpdir(), 'rinde-bench-import-'));
const layouts = [
  { name: 'flat', file: join(folder, `plan-${ROWS}.xlsx`), write: (file: string) => writePlan(file, ROWS) },
  { name: 'real layout', file: join(folder, `plan-real-${ROWS}.xlsx`), write: writeRealLayout },
];
try {
  const rows: (string | number)[][] = [];
  for (const layout of layouts) {
    await layout.write(layout.file);
    for (const engine of await availableEngines()) {
      const scratch = await scratchDatabase(engine);
      try {
        const runs: [string, string[]][] = [
          ['--preview', ['--preview']],
          ['first import', []],
          ['re-import (all updated)', []],
        ];
        for (const [run, flags] of runs) {
          const result = timedImport(layout.file, scratch.url, ...flags);
          if (!result.ok) console.log(`${layout.name} ${engine} ${run} failed:\n${result.output}`);
          rows.push([layout.name, engine, run, ROWS, result.ok ? result.ms : Number.NaN]);
        }
      } finally {
        await scratch.drop();
      }
    }
  }
  printTable(
    `rinde import of a ${ROWS.toLocaleString('en-US')}-row .xlsx (whole CLI process, wall time; goal under 5,000 ms)`,
    ['layout', 'engine', 'run', 'rows', 'ms'],
    rows,
  );
} finally {
  if (process.env.BENCH_KEEP === undefined) rmSync(folder, { recursive: true, force: true });
}
