import { describe, expect, it } from 'vitest';
import { type ReadTarget, readTargetCell } from '../../src/domain/targetText.js';

const count = (value: number, reading: ReadTarget['reading'] = 'counted'): ReadTarget => ({
  target: { value, unit: 'count' },
  reading,
});
const percent = (value: number, reading: ReadTarget['reading'] = 'counted'): ReadTarget => ({
  target: { value, unit: 'percent' },
  reading,
});

describe('readTargetCell', () => {
  it.each<[string | number, ReadTarget]>([
    [12, count(12, 'stated')],
    ['2,5', count(2.5, 'stated')],
    ['100%', percent(100, 'stated')],
    ['1 informe', count(1)],
    ['12 publicaciones', count(12)],
    ['Una (1)', count(1)],
    ['Dos (2) jornadas', count(2)],
    ['Tres jornadas de diálogo', count(3)],
    ['100% de las preguntas respondidas', percent(100)],
    ['1.000 encuestas', count(1000)],
    ['N/A', count(1, 'not-applicable')],
    ['NA', count(1, 'not-applicable')],
    ['No aplica', count(1, 'not-applicable')],
    ['Informe publicado', count(1, 'assumed')],
  ])('%j', (cell, expected) => {
    expect(readTargetCell(cell)).toEqual(expected);
  });

  it.each([null, '', '  '])('%j is no target', (cell) => {
    expect(readTargetCell(cell)).toBeNull();
  });
});
