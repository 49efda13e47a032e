import { neutraliseFormula } from '../domain/formulaText.js';
import { stateLabels, statusLabels } from '../wording/messages.js';
import type { PlanData } from './data.js';
import type { DatasetFormat, DatasetName } from './urls.js';

/**
 * The open data of a vigencia, in the manner of datos.gov.co: one documented column per field,
 * snake_case Spanish names that never change, UTF-8, CSV as RFC 4180 (commas, CRLF) and JSON with
 * the same fields. No person appears: offices only.
 */

export interface DatasetColumn {
  name: string;
  type: 'texto' | 'número' | 'fecha' | 'instante' | 'lista de textos';
  description: string;
}

export const DATASET_COLUMNS: Record<DatasetName, DatasetColumn[]> = {
  plan: [
    { name: 'vigencia', type: 'número', description: 'Año de la vigencia del plan.' },
    { name: 'entidad', type: 'texto', description: 'Entidad que rinde cuentas.' },
    { name: 'fecha_corte', type: 'fecha', description: 'Día hasta el que se cuenta el avance (hoy).' },
    { name: 'subcomponente_codigo', type: 'texto', description: 'Número del subcomponente.' },
    { name: 'subcomponente', type: 'texto', description: 'Nombre del subcomponente.' },
    { name: 'actividad_codigo', type: 'texto', description: 'Número de la actividad (por ejemplo 1.2).' },
    { name: 'actividad', type: 'texto', description: 'Descripción de la actividad.' },
    { name: 'producto', type: 'texto', description: 'Producto o meta que entrega.' },
    { name: 'dependencias', type: 'lista de textos', description: 'Dependencias responsables.' },
    { name: 'programacion', type: 'texto', description: 'Programación tal como la escribe el plan.' },
    { name: 'fechas_programadas', type: 'lista de textos', description: 'Fechas de entrega (AAAA-MM-DD).' },
    { name: 'meta', type: 'número', description: 'Meta de la actividad.' },
    { name: 'unidad', type: 'texto', description: '«cantidad» o «porcentaje».' },
    { name: 'avance', type: 'número', description: 'Avance registrado hasta fecha_corte.' },
    { name: 'cumplimiento', type: 'número', description: 'Avance sobre meta, entre 0 y 1.' },
    { name: 'semaforo', type: 'texto', description: 'Rojo, Amarillo o Verde según la escala del plan.' },
    { name: 'estado', type: 'texto', description: 'Completa, Atrasada o En plazo.' },
    { name: 'proxima_fecha', type: 'fecha', description: 'Próxima fecha programada; vacía si ya pasaron todas.' },
    { name: 'evidencias', type: 'lista de textos', description: 'Enlaces a las evidencias del avance vigente.' },
  ],
  avances: [
    { name: 'vigencia', type: 'número', description: 'Año de la vigencia del plan.' },
    { name: 'registro', type: 'número', description: 'Número del registro (consecutivo, nunca se reutiliza).' },
    { name: 'actividad_codigo', type: 'texto', description: 'Número de la actividad.' },
    { name: 'fecha_avance', type: 'fecha', description: 'Día en que cuenta el avance.' },
    { name: 'registrado', type: 'instante', description: 'Cuándo se registró.' },
    { name: 'cantidad', type: 'número', description: 'Cantidad sumada; negativa en una corrección.' },
    { name: 'corrige_registro', type: 'número', description: 'Registro que esta corrección anula; vacío si no lo es.' },
    { name: 'corregido_por', type: 'lista de textos', description: 'Registros que anulan este.' },
    { name: 'origen', type: 'texto', description: '«hoja importada» o «registro».' },
    { name: 'evidencia', type: 'texto', description: 'Enlace a la evidencia, si lo hay.' },
    {
      name: 'nota',
      type: 'texto',
      description: 'Nota del registro, solo si la entidad decidió publicar las notas; vacía si no.',
    },
  ],
};

type Value = string | number | string[] | null;

export function planRecords(data: PlanData): Record<string, Value>[] {
  const { status } = data;
  const names = new Map(status.subcomponents.map((s) => [s.code, s.name]));
  return status.activities.map((a) => ({
    vigencia: data.year,
    entidad: status.plan.entity,
    fecha_corte: status.at,
    subcomponente_codigo: a.subcomponent.code,
    subcomponente: names.get(a.subcomponent.code) ?? a.subcomponent.name,
    actividad_codigo: a.code,
    actividad: a.title,
    producto: a.product,
    dependencias: a.offices.map((o) => o.name),
    programacion: a.schedule.text,
    fechas_programadas: a.schedule.dueDates,
    meta: a.target,
    unidad: a.unit === 'percent' ? 'porcentaje' : 'cantidad',
    avance: a.progress,
    cumplimiento: a.ratio,
    semaforo: statusLabels[a.status],
    estado: stateLabels[a.state],
    proxima_fecha: a.nextDueOn,
    evidencias: data.evidence.get(a.id) ?? [],
  }));
}

export function progressRecords(data: PlanData): Record<string, Value>[] {
  const codes = new Map(data.status.activities.map((a) => [a.id, a.code]));
  return data.entries
    .filter((entry) => codes.has(entry.activityId))
    .map((entry) => ({
      vigencia: data.year,
      registro: entry.id,
      actividad_codigo: codes.get(entry.activityId) ?? '',
      fecha_avance: entry.effectiveOn,
      registrado: entry.recordedAt,
      cantidad: entry.amount,
      corrige_registro: entry.correctsId,
      corregido_por: entry.correctedByIds.map(String),
      origen: entry.fromImport ? 'hoja importada' : 'registro',
      evidencia: entry.evidenceUrl,
      nota: entry.note,
    }));
}

function csvField(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // Text a spreadsheet would run as a formula gets an apostrophe first (as in src/export/csv.ts).
  const text = neutraliseFormula(Array.isArray(value) ? value.join('; ') : value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(name: DatasetName, records: readonly Record<string, Value>[]): string {
  const columns = DATASET_COLUMNS[name].map((c) => c.name);
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function renderDataset(data: PlanData, name: DatasetName, format: DatasetFormat): string {
  const records = name === 'plan' ? planRecords(data) : progressRecords(data);
  return format === 'csv' ? toCsv(name, records) : `${JSON.stringify(records, null, 2)}\n`;
}
