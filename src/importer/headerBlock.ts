import { parseScheduleSpec } from '../domain/schedule/index.js';
import { foldText } from '../domain/text.js';
import type { IsoDate } from '../domain/types.js';
import { cellText, dateCellToIso, type Grid, isBlank, type SheetCell } from './grid.js';
import type { IssueLog } from './issues.js';

/** What the block above the activity table says; every field is optional in the sheet. */
export interface HeaderBlock {
  entity: string | null;
  challenge: string | null;
  objective: string | null;
  challengeGoal: string | null;
  indicator: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
  /** From a title or cell such as "Vigencia 2025", used when there is no Desde/Hasta. */
  vigenciaYear: number | null;
}

type TextField = 'entity' | 'challenge' | 'objective' | 'challengeGoal' | 'indicator';
type DateField = 'from' | 'to';
type BlockField = TextField | DateField;

const BLOCK_LABELS: readonly [BlockField, RegExp][] = [
  ['entity', /^(entidad|nombre de la entidad)$/],
  ['challenge', /^reto$/],
  ['objective', /^objetivo( general)?$/],
  ['challengeGoal', /^meta del reto$/],
  ['indicator', /^indicador( de impacto)?$/],
  ['from', /^(desde|fecha de inicio|fecha inicial)$/],
  ['to', /^(hasta|fecha final|fecha de finalizacion|fecha de terminacion)$/],
];

/** Labels the block may hold that are not read, so they are never taken for a value. */
const OTHER_LABELS = /^(plazo( de la estrategia)?|vigencia|periodo)$/;

const DATE_LABELS: Record<DateField, string> = { from: 'Desde', to: 'Hasta' };

const VIGENCIA_YEAR = /\bvigencia:? (?:de |del ano )?(\d{4})\b/;

/** How far below a label its value may sit (one row, or two when a merged label spans two). */
const ROWS_BELOW = 2;

interface Located {
  row: number;
  column: number;
  cell: SheetCell;
}

export function readHeaderBlock(grid: Grid, headerRow: number, issues: IssueLog): HeaderBlock {
  const rows = grid.rows.filter((row) => row.row < headerRow);
  const cellAt = (row: number, column: number): SheetCell =>
    rows.find((candidate) => candidate.row === row)?.cells[column] ?? null;
  const block: HeaderBlock = {
    entity: null,
    challenge: null,
    objective: null,
    challengeGoal: null,
    indicator: null,
    from: null,
    to: null,
    vigenciaYear: findVigenciaYear(
      grid,
      rows.flatMap((row) => row.cells),
    ),
  };
  for (const row of rows) {
    row.cells.forEach((cell, column) => {
      if (typeof cell !== 'string') return;
      const field = labelOf(cell);
      if (field === null || block[field] !== null) return;
      const label = { row: row.row, column, cell };
      const value = sameCellValue(label) ?? valueNextTo(label, cellAt);
      if (value === null) return;
      if (field === 'from' || field === 'to') {
        block[field] = readBlockDate(value, field, issues);
      } else {
        block[field] = cellText(value.cell);
      }
    });
  }
  return block;
}

function labelText(text: string): string {
  return foldText(text).replace(/[\s:]+$/, '');
}

function labelOf(text: string): BlockField | null {
  const label = labelText(text.split(':')[0] ?? '');
  return BLOCK_LABELS.find(([, pattern]) => pattern.test(label))?.[0] ?? null;
}

function isLabel(cell: SheetCell): boolean {
  if (typeof cell !== 'string') return false;
  return labelOf(cell) !== null || OTHER_LABELS.test(labelText(cell));
}

/** "Entidad: Alcaldía de Tauramena" in one cell. */
function sameCellValue(label: Located): Located | null {
  const text = String(label.cell);
  const colon = text.indexOf(':');
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  return value === '' ? null : { ...label, cell: value };
}

/**
 * The value sits to the right of its label ("Entidad:" | "Alcaldía…") or under it when the
 * labels form a row of their own ("Reto" | "Objetivo General" over a row of values).
 */
function valueNextTo(label: Located, cellAt: (row: number, column: number) => SheetCell): Located | null {
  let column = label.column + 1;
  while (cellAt(label.row, column) === label.cell) column++;
  const right = cellAt(label.row, column);
  if (!isBlank(right)) return isLabel(right) ? valueBelow(label, cellAt) : { row: label.row, column, cell: right };
  return valueBelow(label, cellAt);
}

function valueBelow(label: Located, cellAt: (row: number, column: number) => SheetCell): Located | null {
  for (let row = label.row + 1; row <= label.row + ROWS_BELOW; row++) {
    const cell = cellAt(row, label.column);
    if (cell === label.cell) continue;
    if (isBlank(cell) || isLabel(cell)) return null;
    return { row, column: label.column, cell };
  }
  return null;
}

function readBlockDate(value: Located, field: DateField, issues: IssueLog): IsoDate | null {
  const date = blockDate(value.cell);
  if (date === null) {
    issues.warn(
      value.row,
      `no se pudo leer la fecha «${cellText(value.cell)}» de «${DATE_LABELS[field]}». Escríbala como «5 de junio de 2024».`,
    );
  }
  return date;
}

function blockDate(cell: SheetCell): IsoDate | null {
  if (cell instanceof Date) return dateCellToIso(cell);
  if (typeof cell !== 'string') return null;
  const spec = parseScheduleSpec(cell);
  return spec?.kind === 'dates' && spec.dates.length === 1 ? (spec.dates[0] ?? null) : null;
}

function findVigenciaYear(grid: Grid, cells: SheetCell[]): number | null {
  for (const text of [grid.name, ...cells.filter((cell) => typeof cell === 'string')]) {
    const year = VIGENCIA_YEAR.exec(foldText(text))?.[1];
    if (year !== undefined) return Number(year);
  }
  return null;
}
