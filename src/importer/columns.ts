import { foldText } from '../domain/text.js';

/**
 * The fields a plan's table can hold. `start`, `followUp` and `compliance` are recognised only so
 * that they help find the header and are never mistaken for a field Rinde reads.
 */
export type Column =
  | 'component'
  | 'subcomponent'
  | 'id'
  | 'activity'
  | 'product'
  | 'responsible'
  | 'start'
  | 'schedule'
  | 'target'
  | 'progress'
  | 'description'
  | 'compliance'
  | 'followUp';

/**
 * Header wordings seen in municipal plans, most specific first: "Avance meta anual" and
 * "Meta anual" both mention the target and only the first rule that matches counts.
 * The control office's follow-up columns ("Seguimiento", "Evidencia", "Observaciones OCI",
 * "% avance") come before "Observaciones" and "Avance": they are its notes, not the plan's.
 */
const COLUMN_RULES: readonly [Column, RegExp][] = [
  ['subcomponent', /^sub ?componentes?\b/],
  // PAAC matrices put "Componente 3: Rendición de cuentas" beside the subcomponents: the framework, not a group.
  ['component', /^componentes?\b/],
  ['id', /^(id|no|nro|num|numero|n°|nº|#|item|codigo)( (de )?(la )?actividad(es)?)?$/],
  [
    'followUp',
    /^((seguimientos?|evidencias?|soportes?|monitoreo)\b|(% |porcentaje )(de )?avance\b|avance %$|estado( de avance)?$)|\b(oci|control interno)$/,
  ],
  ['progress', /^avances?\b/],
  ['compliance', /^(%|porcentaje|cumplimiento)/],
  ['target', /^(meta anual|meta cuantitativa|meta numerica|cantidad|meta \d{4}$)/],
  ['product', /^((meta (o |y )?)?productos?\b|meta$|entregables?\b)/],
  ['activity', /^actividad(es)?\b/],
  ['responsible', /\bresponsables?\b|^lider(es)?\b/],
  ['start', /^(fecha (de )?(inicio|inicial)|inicio|desde)$/],
  [
    'schedule',
    /^(fecha (programada|de (ejecucion|cumplimiento|entrega|terminacion|finalizacion)|limite|final|fin)\b|fecha$|cronograma|plazo$)/,
  ],
  ['description', /^(descripcion|observacion(es)?)\b/],
];

/** Under a header spanning several columns ("Plazo" over two), these name the part each column holds. */
const SUB_HEADERS: readonly [Column, RegExp][] = [
  ['start', /^(inicio|inicial|desde|fecha (de )?(inicio|inicial))$/],
  ['schedule', /^(fin|final|hasta|terminacion|finalizacion|fecha (de )?(fin|final|terminacion|finalizacion))$/],
];

/** Column names as the messages show them. */
export const COLUMN_LABELS: Record<Column, string> = {
  component: 'Componente',
  subcomponent: 'Subcomponente',
  id: 'ID',
  activity: 'Actividades',
  product: 'Meta o Producto',
  responsible: 'Responsable',
  start: 'Fecha inicio',
  schedule: 'Fecha programada',
  target: 'Meta anual',
  progress: 'Avance meta anual',
  description: 'Descripción',
  compliance: 'Porcentaje de cumplimiento',
  followUp: 'Seguimiento',
};

function headerName(text: string): string {
  return foldText(text.replace(/\((s|es)\)/gi, '$1').replace(/[.:;*/()[\]_-]+/g, ' '));
}

export function classifyHeaderCell(text: string): Column | null {
  const name = headerName(text);
  return COLUMN_RULES.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}

/**
 * A header cell of a two-row header, read with the cell above it: "No." and "Descripción" under
 * "Actividades" are the ID and the activity, "Fecha fin" under "Plazo" is the due date, and
 * anything under "Seguimiento OCI" is the control office's. Null when the text names no column.
 */
export function classifySubHeaderCell(text: string, parentText: string): Column | null {
  const parent = classifyHeaderCell(parentText);
  if (parent === 'followUp') return 'followUp';
  const name = headerName(text);
  const own = classifyHeaderCell(text);
  if (parent === 'activity' && (own === 'description' || own === 'activity' || /^(nombre|detalle)\b/.test(name))) {
    return 'activity';
  }
  const part = SUB_HEADERS.find(([, pattern]) => pattern.test(name))?.[0];
  if (
    part !== undefined &&
    (parent === 'schedule' || parent === 'start' || /^(fechas?|periodo)\b/.test(headerName(parentText)))
  ) {
    return part;
  }
  return own;
}
