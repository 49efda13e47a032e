import { normalizeActivityId } from '../domain/activityId.js';
import { foldText } from '../domain/text.js';
import { COLUMN_LABELS, type Column } from './columns.js';
import { type Grid, isBlank } from './grid.js';
import {
  columnIndexOf,
  columnLetter,
  type DetectedHeader,
  headerColumns,
  lastHeaderRow,
  REQUIRED_COLUMNS,
} from './header.js';

/** Where one field is read from, as the preview shows it. */
export interface FieldSource {
  column: Column;
  index: number;
  letter: string;
  /** The header over that column, or '' when the mapping named a column without one. */
  header: string;
  /** Given by `--columns` (or remembered from it) rather than guessed from the header. */
  given: boolean;
}

export interface ColumnMapping {
  columns: Map<Column, number>;
  sources: FieldSource[];
}

/** One `campo=columna` of `--columns`: `ref` is a letter ("B") or a header's text ("Dependencia"). */
export interface ColumnOverride {
  column: Column;
  ref: string;
}

/** The field names `--columns` takes, in Spanish, as the planning office says them. */
export const OVERRIDE_FIELDS: Record<string, Column> = {
  id: 'id',
  componente: 'component',
  subcomponente: 'subcomponent',
  actividad: 'activity',
  producto: 'product',
  meta: 'target',
  responsable: 'responsible',
  inicio: 'start',
  fecha: 'schedule',
  avance: 'progress',
  descripcion: 'description',
};

/** Columns the preview lists, in the order a plan's table has them. */
export const READ_COLUMNS: readonly Column[] = [
  'component',
  'subcomponent',
  'id',
  'activity',
  'product',
  'target',
  'responsible',
  'start',
  'schedule',
  'progress',
  'description',
];

/** Data rows looked at to tell the ID column from the text under one merged "Actividades". */
const SAMPLE_ROWS = 20;

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; message: string };

/** `id=B,actividad=C,meta=Meta anual` as overrides; a message in Spanish when it cannot be read. */
export function parseColumnOverrides(
  text: string,
): { ok: true; overrides: ColumnOverride[] } | { ok: false; message: string } {
  const overrides: ColumnOverride[] = [];
  for (const part of text
    .split(',')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')) {
    const equals = part.indexOf('=');
    const field = foldText(equals < 0 ? part : part.slice(0, equals));
    const ref = equals < 0 ? '' : part.slice(equals + 1).trim();
    const column = OVERRIDE_FIELDS[field];
    if (column === undefined || ref === '') {
      return {
        ok: false,
        message: `No se entiende «${part}» en --columns. Escriba campo=columna separados por comas, por ejemplo id=B,actividad=C,meta=F,fecha=H,responsable=E; los campos son ${Object.keys(OVERRIDE_FIELDS).join(', ')}.`,
      };
    }
    overrides.push({ column, ref });
  }
  if (overrides.length === 0) {
    return { ok: false, message: 'Indique las columnas en --columns, por ejemplo id=B,actividad=C,meta=F.' };
  }
  return { ok: true, overrides };
}

/** The name `--columns` gives a field ("meta" for the target). */
export function overrideNameOf(column: Column): string | undefined {
  return Object.entries(OVERRIDE_FIELDS).find(([, field]) => field === column)?.[0];
}

/** The overrides as `--columns` takes them, to show and to remember. */
export function formatColumnOverrides(overrides: readonly ColumnOverride[]): string {
  return overrides.map((override) => `${overrideNameOf(override.column)}=${override.ref}`).join(',');
}

/** A sheet with no header row, read by the letters `--columns` gives: activities start at `firstRow`. */
export interface HeaderlessTable {
  grid: Grid;
  /** No rows and no cells: every field's column comes from `--columns`. */
  header: DetectedHeader;
  firstRow: number;
}

/**
 * When `--columns` gives every required field by letter, a sheet needs no header: the table starts
 * at the first row (of the first sheet that has one) whose cell in the ID column is an activity ID.
 */
export function headerlessTable(grids: readonly Grid[], overrides: readonly ColumnOverride[]): HeaderlessTable | null {
  const letterOf = (column: Column) => {
    const override = overrides.find((candidate) => candidate.column === column);
    return override === undefined ? null : columnIndexOf(override.ref);
  };
  if (REQUIRED_COLUMNS.some((column) => letterOf(column) === null)) return null;
  const idIndex = letterOf('id') as number;
  for (const grid of grids) {
    const first = grid.rows.find((row) => isActivityId(row.cells[idIndex] ?? null));
    if (first !== undefined) return { grid, header: { rows: [], cells: [] }, firstRow: first.row };
  }
  return null;
}

function isActivityId(cell: Grid['rows'][number]['cells'][number]): boolean {
  return (typeof cell === 'number' || typeof cell === 'string') && normalizeActivityId(cell) !== null;
}

/**
 * Which column holds each field: guessed from the header, then corrected by the overrides,
 * which win over the guess for their field and for their column.
 */
export function mapColumns(
  grid: Grid,
  header: DetectedHeader,
  overrides: readonly ColumnOverride[] = [],
): MappingResult {
  const columns = headerColumns(header);
  bareMetaAsTarget(header, columns);
  splitMergedIdAndActivity(grid, header, columns);
  productAsTarget(columns);
  componentAsGroups(columns);
  const given = new Set<Column>();
  for (const override of overrides) {
    const index = resolveRef(header, override.ref);
    if (index === null) {
      return {
        ok: false,
        message: `La columna «${override.ref}» de --columns no existe en los encabezados (fila ${header.rows.join(' y ')}). Use la letra de la columna (por ejemplo B) o el texto de su encabezado.`,
      };
    }
    for (const [column, at] of columns) if (at === index && !given.has(column)) columns.delete(column);
    columns.set(override.column, index);
    given.add(override.column);
  }
  const textAt = new Map(header.cells.map((cell) => [cell.index, cell.text]));
  const sources = READ_COLUMNS.flatMap((column) => {
    const index = columns.get(column);
    if (index === undefined) return [];
    return [{ column, index, letter: columnLetter(index), header: textAt.get(index) ?? '', given: given.has(column) }];
  });
  return { ok: true, mapping: { columns, sources } };
}

/** "columna G («Meta anual»)" as row messages name a column; the field's usual name when it has none. */
export function describeColumn(mapping: ColumnMapping, column: Column): string {
  const source = mapping.sources.find((candidate) => candidate.column === column);
  if (source === undefined) return `la columna «${COLUMN_LABELS[column]}»`;
  return source.header === '' ? `la columna ${source.letter}` : `la columna ${source.letter} («${source.header}»)`;
}

/** A header's text first (so "id=ID" means the column headed "ID"), then a letter, then the start of a header. */
function resolveRef(header: DetectedHeader, ref: string): number | null {
  const wanted = foldText(ref);
  const exact = header.cells.find((cell) => foldText(cell.text) === wanted);
  if (exact !== undefined) return exact.index;
  const letter = columnIndexOf(ref);
  if (letter !== null) return letter;
  const starts = header.cells.filter((cell) => wanted !== '' && foldText(cell.text).startsWith(wanted));
  return starts.length === 1 ? (starts[0]?.index ?? null) : null;
}

/**
 * A bare "Meta" holds the figure ("4", "Dos (2) jornadas") when the table has no other target
 * column, beside a "Producto" (or "Meta o producto") column or on its own.
 */
function bareMetaAsTarget(header: DetectedHeader, columns: Map<Column, number>): void {
  if (columns.has('target')) return;
  const bare = header.cells.find((cell) => foldText(cell.text) === 'meta');
  if (bare === undefined) return;
  columns.set('target', bare.index);
  const product = header.cells.find((cell) => cell.index !== bare.index && cell.column === 'product');
  if (product !== undefined) columns.set('product', product.index);
  else columns.delete('product');
}

/**
 * One "Actividades" header merged over two columns, as Función Pública's PAAC matrix has it: the
 * column whose cells are IDs is the ID, the one after it the activity's text.
 */
function splitMergedIdAndActivity(grid: Grid, header: DetectedHeader, columns: Map<Column, number>): void {
  const activity = columns.get('activity');
  if (columns.has('id') || activity === undefined) return;
  const next = header.cells[activity + 1];
  if (next === undefined || next.text !== header.cells[activity]?.text) return;
  const sample = grid.rows
    .filter((row) => row.row > lastHeaderRow(header))
    .slice(0, SAMPLE_ROWS)
    .map((row) => row.cells[activity] ?? null)
    .filter((cell) => !isBlank(cell));
  const ids = sample.filter(isActivityId);
  if (sample.length === 0 || ids.length * 2 < sample.length) return;
  columns.set('id', activity);
  columns.set('activity', activity + 1);
}

/** With no target column, "Meta o producto" carries the target in its text ("12 publicaciones"). */
function productAsTarget(columns: Map<Column, number>): void {
  const product = columns.get('product');
  if (!columns.has('target') && product !== undefined) columns.set('target', product);
}

/** A table with components and no subcomponents groups its activities by component, as it used to. */
function componentAsGroups(columns: Map<Column, number>): void {
  const component = columns.get('component');
  if (component !== undefined && !columns.has('subcomponent')) columns.set('subcomponent', component);
}
