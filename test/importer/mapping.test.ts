import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/importer/grid.js';
import { detectHeader } from '../../src/importer/header.js';
import {
  type ColumnOverride,
  describeColumn,
  formatColumnOverrides,
  mapColumns,
  parseColumnOverrides,
} from '../../src/importer/mapping.js';
import { gridOf } from './helpers.js';

function mapped(rows: SheetCell[][], overrides: ColumnOverride[] = []) {
  const grid = gridOf(rows);
  const header = detectHeader(grid);
  if (header === null) throw new Error('expected a header');
  return mapColumns(grid, header, overrides);
}

function fields(rows: SheetCell[][], overrides: ColumnOverride[] = []): string[] {
  const result = mapped(rows, overrides);
  if (!result.ok) throw new Error(result.message);
  return result.mapping.sources.map((source) => `${source.column}=${source.letter}${source.given ? '!' : ''}`);
}

describe('mapColumns', () => {
  it('splits one "Actividades" merged over the ID and the text, and reads the target from "Meta o producto" (PAAC)', () => {
    expect(
      fields([
        [
          'Componente',
          'Subcomponente',
          'Actividades',
          'Actividades',
          'Meta o producto',
          'Responsable',
          'Fecha programada',
        ],
        ['Componente 3', 'Subcomponente 1', 1.1, 'Publicar el informe', '1 informe', 'Planeación', '30/06/2025'],
        ['Componente 3', 'Subcomponente 1', '1.2', 'Publicar avances', '12 publicaciones', 'Prensa', 'Primer semestre'],
      ]),
    ).toEqual([
      'component=A',
      'subcomponent=B',
      'id=C',
      'activity=D',
      'product=E',
      'target=E',
      'responsible=F',
      'schedule=G',
    ]);
  });

  it('keeps a merged "Actividades" whole when its first column holds text', () => {
    const result = fields([
      ['ID', 'Actividades', 'Actividades', 'Responsable', 'Fecha', 'Meta anual'],
      ['1.1', 'Publicar', 'el informe', 'Prensa', 'Junio', 1],
    ]);
    expect(result.slice(0, 2)).toEqual(['id=A', 'activity=B']);
  });

  it('reads a bare "Meta" as the target beside "Producto" and "Unidad de medida"', () => {
    expect(
      fields([
        ['Código', 'Actividad', 'Producto', 'Unidad de medida', 'Meta', 'Dependencia responsable', 'Plazo'],
        ['3.1.1', 'Publicar', 'Informe', 'Número', 1, 'OAP', 'I trimestre'],
      ]),
    ).toEqual(['id=A', 'activity=B', 'product=C', 'target=E', 'responsible=F', 'schedule=G']);
  });

  it('lets --columns win over the guess, by letter or by header text, for the field and for the column', () => {
    const rows: SheetCell[][] = [
      ['Código', 'Tarea', 'Descripción', 'Cantidad', 'Encargado', 'Cuándo'],
      ['1.1', 'Informe', 'Publicar el informe', 2, 'Prensa', 'Junio'],
    ];
    const parsed = parseColumnOverrides('actividad=C, responsable=Encargado,fecha=f');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(fields(rows, parsed.overrides)).toEqual([
      'id=A',
      'activity=C!',
      'target=D',
      'responsible=E!',
      'schedule=F!',
    ]);
    const result = mapped(rows, parsed.overrides);
    if (!result.ok) throw new Error(result.message);
    expect(describeColumn(result.mapping, 'activity')).toBe('la columna C («Descripción»)');
    expect(formatColumnOverrides(parsed.overrides)).toBe('actividad=C,responsable=Encargado,fecha=f');
  });

  it('says which --columns reference names no column', () => {
    const result = mapped(
      [['ID', 'Actividades', 'Responsable', 'Fecha', 'Meta anual']],
      [{ column: 'target', ref: 'Cantidad programada' }],
    );
    expect(result).toEqual({
      ok: false,
      message:
        'La columna «Cantidad programada» de --columns no existe en los encabezados (fila 1). Use la letra de la columna (por ejemplo B) o el texto de su encabezado.',
    });
  });
});

describe('parseColumnOverrides', () => {
  it('reads Spanish field names, accents or not', () => {
    expect(parseColumnOverrides('id=B,descripción=J,META=F')).toEqual({
      ok: true,
      overrides: [
        { column: 'id', ref: 'B' },
        { column: 'description', ref: 'J' },
        { column: 'target', ref: 'F' },
      ],
    });
  });

  it.each(['titulo=B', 'id', 'id=', ','])('refuses %j with the list of fields', (text) => {
    const result = parseColumnOverrides(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/--columns/);
  });
});
