import { describe, expect, it } from 'vitest';
import {
  chooseSheet,
  columnIndexOf,
  columnLetter,
  type DetectedHeader,
  detectHeader,
  headerColumns,
} from '../../src/importer/header.js';
import { gridOf } from './helpers.js';

function columnsOf(header: DetectedHeader | null): Record<string, number> {
  if (header === null) throw new Error('expected a header');
  return Object.fromEntries(headerColumns(header));
}

describe('column letters', () => {
  it.each([
    [0, 'A'],
    [7, 'H'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i is %s and back', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
    expect(columnIndexOf(letter.toLowerCase())).toBe(index);
  });

  it('is not a letter when it is a header text', () => {
    expect(columnIndexOf('Meta anual')).toBeNull();
  });
});

describe('detectHeader', () => {
  it('reads a header two rows deep, with cells merged across and down (the gobernación layout)', () => {
    // Merged cells repeat their value in every cell they cover, as readGrid gives them.
    const header = detectHeader(
      gridOf([
        ['GOBERNACIÓN DE BOYACÁ', 'GOBERNACIÓN DE BOYACÁ', 'GOBERNACIÓN DE BOYACÁ'],
        [],
        [
          'Subcomponente',
          'Actividades',
          'Actividades',
          'Meta o\nproducto',
          'Meta\nanual',
          'Dependencia\nresponsable',
          'Plazo',
          'Plazo',
          'Observaciones',
        ],
        [
          'Subcomponente',
          'No.',
          'Descripción',
          'Meta o\nproducto',
          'Meta\nanual',
          'Dependencia\nresponsable',
          'Fecha inicio',
          'Fecha fin',
          'Observaciones',
        ],
        ['1. Información', '1.1', 'Publicar el informe', 'Informe', 1, 'Planeación', '01/02/2025', '30/04/2025'],
      ]),
    );
    expect(header?.rows).toEqual([3, 4]);
    expect(header?.cells.map((cell) => cell.text)).toEqual([
      'Subcomponente',
      'Actividades / No.',
      'Actividades / Descripción',
      'Meta o producto',
      'Meta anual',
      'Dependencia responsable',
      'Plazo / Fecha inicio',
      'Plazo / Fecha fin',
      'Observaciones',
    ]);
    expect(columnsOf(header)).toEqual({
      subcomponent: 0,
      id: 1,
      activity: 2,
      product: 3,
      target: 4,
      responsible: 5,
      start: 6,
      schedule: 7,
      description: 8,
    });
  });

  it('reads the second row under a merged cell a CSV export leaves blank', () => {
    const header = detectHeader(
      gridOf([
        ['Actividades', null, 'Responsable', 'Fecha programada', 'Meta anual', 'Seguimiento OCI', null],
        ['No.', 'Descripción', null, null, null, 'Fecha', 'Observaciones'],
        ['1.1', 'Publicar', 'Planeación', '30/06/2025', 1, '2025-04-30', 'Cumplida'],
      ]),
    );
    expect(header?.rows).toEqual([1, 2]);
    expect(columnsOf(header)).toEqual({ id: 0, activity: 1, responsible: 2, schedule: 3, target: 4, followUp: 5 });
  });

  it('keeps a one-row header when the row under it is data', () => {
    const header = detectHeader(
      gridOf([
        ['No.', 'Actividad', 'Responsable', 'Fecha', 'Meta'],
        ['1', 'Informe', 'Planeación', 'Fecha', 1],
      ]),
    );
    expect(header?.rows).toEqual([1]);
  });

  it("does not take the control office's follow-up for the plan's description (the ESE layout)", () => {
    const header = detectHeader(
      gridOf([
        [
          'Ítem',
          'Subcomponente',
          'Actividad',
          'Producto',
          'Meta',
          'Líder',
          'Fecha inicio',
          'Fecha fin',
          'Seguimiento',
          'Evidencia',
          'Observaciones OCI',
          '% avance',
        ],
      ]),
    );
    const columns = columnsOf(header);
    expect(columns.description).toBeUndefined();
    expect(columns.progress).toBeUndefined();
    expect(columns.followUp).toBe(8);
    expect(header?.cells.filter((cell) => cell.column === 'followUp').map((cell) => cell.index)).toEqual([
      8, 9, 10, 11,
    ]);
  });

  it("prefers the plan's table to a change-control table above it", () => {
    const header = detectHeader(
      gridOf([
        ['No.', 'Fecha', 'Descripción del cambio', 'Responsable'],
        ['1', '2025-01-15', 'Versión inicial', 'Planeación'],
        [],
        ['ID', 'Actividades', 'Responsable', 'Fecha programada', 'Meta anual'],
      ]),
    );
    expect(header?.rows).toEqual([4]);
  });
});

describe('chooseSheet', () => {
  it('picks the sheet that holds the plan, after a cover sheet and an instructions sheet', () => {
    const cover = gridOf(
      [
        ['PLAN DE RENDICIÓN DE CUENTAS 2025'],
        ['Versión', 'Fecha', 'Descripción', 'Responsable'],
        [1, '2025-01-15', 'Versión inicial', 'Oficina Asesora de Planeación'],
      ],
      'Portada',
    );
    const instructions = gridOf([['Diligencie la hoja «Plan»']], 'Instructivo');
    const plan = gridOf([['ID', 'Actividades', 'Responsable', 'Fecha programada', 'Meta anual']], 'Plan');
    expect(chooseSheet([cover, instructions, plan])?.grid.name).toBe('Plan');
    expect(chooseSheet([cover, instructions])).toBeNull();
  });
});
