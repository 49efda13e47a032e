import { normalizeActivityId } from '../domain/activityId.js';
import { parseTarget } from '../domain/target.js';
import { foldText } from '../domain/text.js';
import type { Column } from './columns.js';
import { cellText, type Grid, type GridRow, isBlank, type SheetCell } from './grid.js';
import type { IssueLog } from './issues.js';
import { type ColumnMapping, describeColumn } from './mapping.js';
import { parseSubcomponentCell, type SubcomponentCell } from './subcomponent.js';

export interface ActivityRow {
  row: number;
  code: string;
  /** Excel keeps 1.10 typed as a number as 1.1, which explains a repeated ID. */
  idWasNumber: boolean;
  /** The subcomponent written on this row or the nearest one above; null when none was. */
  subcomponent: SubcomponentCell | null;
  cell: (column: Column) => SheetCell;
}

/** A row that adds up the ones above it; `value` is its "Meta anual" figure when it has one. */
export interface TotalRow {
  row: number;
  value: number | null;
  /** How many activities precede it, so subtotals can be checked against their own rows. */
  activitiesBefore: number;
}

/**
 * What makes a row an activity. Templates come with IDs already numbered on empty rows; the
 * subcomponent (merged down) and the computed "% cumplimiento" do not make such a row real.
 */
const CONTENT_COLUMNS: readonly Column[] = [
  'activity',
  'product',
  'responsible',
  'schedule',
  'target',
  'progress',
  'description',
];

const TOTAL_LABEL = /^(sub ?total(es)?|total(es)?|suma|gran total)\b/;

/** The rows under the header (`headerEnd` is its last row): activities, totals, and the rest warned about. */
export function readTableRows(
  grid: Grid,
  mapping: ColumnMapping,
  headerEnd: number,
  issues: IssueLog,
): { activities: ActivityRow[]; totals: TotalRow[] } {
  const activities: ActivityRow[] = [];
  const totals: TotalRow[] = [];
  let subcomponent: SubcomponentCell | null = null;
  for (const gridRow of grid.rows) {
    if (gridRow.row <= headerEnd || gridRow.cells.every(isBlank)) continue;
    const cell = (column: Column): SheetCell => cellIn(gridRow, mapping.columns.get(column));
    const idCell = cell('id');
    const code = readId(idCell);
    if (code === null && isTotalRow(gridRow)) {
      totals.push({
        row: gridRow.row,
        value: totalValue(gridRow, cell('target')),
        activitiesBefore: activities.length,
      });
      continue;
    }
    const written = cell('subcomponent');
    const writtenSubcomponent = typeof written === 'string' ? parseSubcomponentCell(written) : null;
    if (code !== null && CONTENT_COLUMNS.every((column) => isBlank(cell(column)))) {
      issues.warn(
        gridRow.row,
        `se ignoró el ID ${code} porque la fila no tiene nada más: parece una fila de plantilla sin llenar.`,
      );
    } else if (code !== null) {
      subcomponent = writtenSubcomponent ?? subcomponent;
      activities.push({ row: gridRow.row, code, idWasNumber: typeof idCell === 'number', subcomponent, cell });
    } else if (!isBlank(idCell)) {
      issues.rowError(
        gridRow.row,
        describeColumn(mapping, 'id'),
        `el ID «${cellText(idCell)}» no es válido. Escriba el número de la actividad, por ejemplo 1.2, o un código como RC-01.`,
      );
    } else if (!isBlank(cell('activity'))) {
      issues.rowError(
        gridRow.row,
        describeColumn(mapping, 'id'),
        `la actividad «${shorten(cellText(cell('activity')))}» no tiene ID. Escriba su número en esa columna, por ejemplo 1.2.`,
      );
    } else if (writtenSubcomponent !== null && writtenSubcomponent.code !== null && onlyFilledCell(gridRow, written)) {
      subcomponent = writtenSubcomponent;
    } else {
      issues.warn(
        gridRow.row,
        `se ignoró «${shorten(firstText(gridRow))}»: no es una actividad (no tiene ID ni texto en ${describeColumn(mapping, 'activity')}).`,
      );
    }
  }
  return { activities, totals };
}

function cellIn(row: GridRow, index: number | undefined): SheetCell {
  return index === undefined ? null : (row.cells[index] ?? null);
}

function readId(cell: SheetCell): string | null {
  if (typeof cell === 'number' || typeof cell === 'string') return normalizeActivityId(cell);
  return null;
}

/**
 * Totals and averages under the table: labelled "Total", or holding nothing but figures
 * (an export may even shift them into the first column, as the sample TSV does with its 75).
 */
function isTotalRow(row: GridRow): boolean {
  const filled = row.cells.filter((cell) => !isBlank(cell));
  if (filled.some((cell) => typeof cell === 'string' && TOTAL_LABEL.test(foldText(cell)))) return true;
  return filled.every((cell) => typeof cell === 'number' || (typeof cell === 'string' && parseTarget(cell) !== null));
}

/** The total under "Meta anual", or the row's only plain number when the export moved it. */
function totalValue(row: GridRow, targetCell: SheetCell): number | null {
  const target = parseTarget(targetCell);
  if (target?.unit === 'count') return target.value;
  const counts = row.cells.map(parseTarget).filter((value) => value?.unit === 'count');
  return counts.length === 1 ? (counts[0]?.value ?? null) : null;
}

function onlyFilledCell(row: GridRow, cell: SheetCell): boolean {
  return row.cells.filter((candidate) => !isBlank(candidate)).every((candidate) => candidate === cell);
}

function firstText(row: GridRow): string {
  return cellText(row.cells.find((cell) => !isBlank(cell)));
}

/** Long cells are cut so a message still fits in one Slack line. */
export function shorten(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
