import type { ScheduleKind, Target, TargetUnit } from '../domain/types.js';

// Text columns hold domain unions; savePlanDraft is their only writer, so anything else means the
// database was edited by hand and is worth stopping on.

const TARGET_UNITS: readonly string[] = ['count', 'percent'] satisfies TargetUnit[];
const SCHEDULE_KINDS: readonly string[] = [
  'dates',
  'range',
  'month',
  'periodic',
  'continuous',
  'unknown',
] satisfies ScheduleKind[];

export function toTarget(value: number, unit: string): Target {
  return { value, unit: toTargetUnit(unit) };
}

export function toTargetUnit(unit: string): TargetUnit {
  if (!TARGET_UNITS.includes(unit)) throw new Error(`Unidad de meta desconocida en la base de datos: ${unit}`);
  return unit as TargetUnit;
}

export function toScheduleKind(kind: string): ScheduleKind {
  if (!SCHEDULE_KINDS.includes(kind)) throw new Error(`Tipo de programación desconocido en la base de datos: ${kind}`);
  return kind as ScheduleKind;
}
