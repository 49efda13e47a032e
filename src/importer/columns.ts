import { foldText } from '../domain/text.js';
import { cellText, type Grid, type GridRow } from './grid.js';

export type Column =
  | 'component'
  | 'subcomponent'
  | 'id'
  | 'activity'
  | 'product'
  | 'responsible'
  | 'schedule'
  | 'target'
  | 'progress'
  | 'description'
  | 'compliance';

/**
 * Header wordings seen in municipal plans, most specific first: "Avance meta anual" and
 * "Meta anual" both mention the target and only the first rule that matches counts.
 * "Porcentaje de cumplimiento" is computed by the sheet and never imported; it is recognised
 * so that it helps find the header row and is never mistaken for another column.
 */
const COLUMN_RULES: readonly [Column, RegExp][] = [
  ['subcomponent', /^sub ?componentes?\b/],
  // PAAC matrices put "Componente 3: Rendición de cuentas" beside the subcomponents: the framework, not a group.
  ['component', /^componentes?\b/],
  ['id', /^(id|no|nro|num|numero|n°|nº|#|item|codigo)( (de )?(la )?actividad(es)?)?$/],
  ['progress', /^avances?\b/],
  ['compliance', /^(%|porcentaje|cumplimiento)/],
  ['target', /^(meta anual|meta cuantitativa|meta numerica|cantidad|meta \d{4}$)/],
  ['product', /^((meta (o |y )?)?productos?\b|meta$|entregables?\b)/],
  ['activity', /^actividad(es)?\b/],
  ['responsible', /\bresponsables?\b|^lider(es)?\b/],
  ['schedule', /^(fecha (programada|de (ejecucion|cumplimiento|entrega)|limite|final|fin)\b|fecha$|cronograma|plazo$)/],
  ['description', /^(descripcion|observacion(es)?)\b/],
];

/** The columns every activity needs; the others are read when present. */
const REQUIRED_COLUMNS: readonly Column[] = ['id', 'activity', 'responsible', 'schedule', 'target'];

/** Column names as the messages show them. */
export const COLUMN_LABELS: Record<Column, string> = {
  component: 'Componente',
  subcomponent: 'Subcomponente',
  id: 'ID',
  activity: 'Actividades',
  product: 'Meta o Producto',
  responsible: 'Responsable',
  schedule: 'Fecha programada',
  target: 'Meta anual',
  progress: 'Avance meta anual',
  description: 'Descripción',
  compliance: 'Porcentaje de cumplimiento',
};

/** Fewer recognised names than this is a row of data or of the header block, not the table's header. */
const MIN_HEADER_COLUMNS = 3;

export interface HeaderRow {
  row: number;
  /** 0-based index of each recognised column; the first of repeated (merged) names wins. */
  columns: Map<Column, number>;
}

export function classifyHeaderCell(text: string): Column | null {
  const name = foldText(text.replace(/\((s|es)\)/gi, '$1').replace(/[.:;*/()[\]_-]+/g, ' '));
  return COLUMN_RULES.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}

function columnsOf(row: GridRow): Map<Column, number> {
  const columns = new Map<Column, number>();
  row.cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const column = classifyHeaderCell(cellText(cell));
    if (column !== null && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

/**
 * A bare "Meta" holds the figure ("4", "Dos (2) jornadas") when the table has no other target
 * column, beside a "Producto" (or "Meta o producto") column or on its own.
 */
function bareMetaAsTarget(row: GridRow, columns: Map<Column, number>): void {
  if (columns.has('target')) return;
  const bare = row.cells.findIndex((cell) => typeof cell === 'string' && foldText(cell) === 'meta');
  const product = row.cells.findIndex(
    (cell, index) => index !== bare && typeof cell === 'string' && classifyHeaderCell(cell) === 'product',
  );
  if (bare < 0) return;
  columns.set('target', bare);
  if (product >= 0) columns.set('product', product);
  else columns.delete('product');
}

/** A table with components and no subcomponents groups its activities by component, as it used to. */
function componentAsGroups(columns: Map<Column, number>): void {
  const component = columns.get('component');
  if (component !== undefined && !columns.has('subcomponent')) columns.set('subcomponent', component);
}

/** The first row that names enough activity columns, one of them the ID or the activity. */
export function findHeaderRow(grid: Grid): HeaderRow | null {
  for (const row of grid.rows) {
    const columns = columnsOf(row);
    if (columns.size >= MIN_HEADER_COLUMNS && (columns.has('id') || columns.has('activity'))) {
      bareMetaAsTarget(row, columns);
      componentAsGroups(columns);
      return { row: row.row, columns };
    }
  }
  return null;
}

export function missingColumns(header: HeaderRow): Column[] {
  return REQUIRED_COLUMNS.filter((column) => !header.columns.has(column));
}
