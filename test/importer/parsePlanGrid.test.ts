import { describe, expect, it } from 'vitest';
import { classifyHeaderCell } from '../../src/importer/columns.js';
import { parsePlanGrid, type SheetCell } from '../../src/importer/index.js';
import { parseColumnOverrides } from '../../src/importer/mapping.js';
import { expectOk, expectRejected, gridOf, messages } from './helpers.js';

const HEADER = [
  'Subcomponente',
  'ID',
  'Actividades',
  'Meta o Producto',
  'Responsable',
  'Fecha programada',
  'Meta anual',
];
const BLOCK: SheetCell[][] = [
  ['Entidad:', 'Alcaldía de Prueba'],
  ['Desde', 'Hasta'],
  ['1 de enero de 2024', '31 de diciembre de 2024'],
];

/** An activity row under HEADER. */
function activity(id: SheetCell, overrides: Partial<Record<'sub' | 'target' | 'date' | 'office', SheetCell>> = {}) {
  return [
    overrides.sub ?? null,
    id,
    `Actividad ${id}`,
    'Producto',
    overrides.office ?? 'Oficina de prensa',
    overrides.date ?? '30 de junio de 2024',
    'target' in overrides ? (overrides.target ?? null) : 1,
  ];
}

function plan(rows: SheetCell[][], block: SheetCell[][] = BLOCK) {
  return parsePlanGrid(gridOf([...block, HEADER, ...rows]), { sourceName: 'plan-prueba' });
}

describe('classifyHeaderCell', () => {
  it.each([
    ['Subcomponente', 'subcomponent'],
    ['Sub componente', 'subcomponent'],
    ['SUBCOMPONENTES', 'subcomponent'],
    ['ID', 'id'],
    ['No.', 'id'],
    ['N°', 'id'],
    ['Actividades', 'activity'],
    ['Actividad(es)', 'activity'],
    ['actividad', 'activity'],
    ['Meta o Producto', 'product'],
    ['Meta/Producto', 'product'],
    ['Meta', 'product'],
    ['Producto', 'product'],
    ['Responsable', 'responsible'],
    ['Responsable(s)', 'responsible'],
    ['Dependencia responsable', 'responsible'],
    ['Fecha Programada', 'schedule'],
    ['FECHA PROGRAMADA', 'schedule'],
    ['Fecha', 'schedule'],
    ['Meta anual', 'target'],
    ['META ANUAL', 'target'],
    ['Avance meta anual', 'progress'],
    ['Avance', 'progress'],
    ['Descripción', 'description'],
    ['Descripcion', 'description'],
    ['Observaciones', 'description'],
    ['Porcentaje de cumplimiento anual', 'compliance'],
    ['% Cumplimiento', 'compliance'],
    ['Fecha de inicio', 'start'],
    ['Fecha inicio', 'start'],
    ['Fecha fin', 'schedule'],
    ['Seguimiento', 'followUp'],
    ['Seguimiento OCI (abril)', 'followUp'],
    ['Evidencia', 'followUp'],
    ['Observaciones OCI', 'followUp'],
    ['Observaciones de Control Interno', 'followUp'],
    ['% avance', 'followUp'],
  ])('%j is %s', (text, column) => {
    expect(classifyHeaderCell(text)).toBe(column);
  });

  it.each(['Meta del Reto', 'Reto', 'Código BPIN', 'Indicador de Impacto'])('%j is not a table column', (text) => {
    expect(classifyHeaderCell(text)).toBeNull();
  });
});

describe('parsePlanGrid', () => {
  it('finds each column by name whatever the order, without confusing the three "meta" columns', () => {
    const grid = gridOf([
      ...BLOCK,
      [
        'Avance meta anual',
        'Meta anual',
        'Extra',
        'No.',
        'Meta o Producto',
        'Actividad',
        'Responsables',
        'Fecha',
        'Observaciones',
      ],
      [2, 5, 'x', '1,1', 'Informe', 'Hacer algo', 'Oficina de prensa', '15 de julio de 2024', 'Nota'],
    ]);
    const [first] = expectOk(parsePlanGrid(grid)).plan.activities;
    expect(first).toMatchObject({
      code: '1.1',
      title: 'Hacer algo',
      product: 'Informe',
      target: { value: 5, unit: 'count' },
      initialProgress: 2,
      description: 'Nota',
      sourceRow: 5,
    });
  });

  it('keeps 1.10 apart from 1.1 when written as text', () => {
    const { plan: result } = expectOk(
      plan([activity('1,1', { sub: '1. Información' }), activity('1,10'), activity('1.2')]),
    );
    expect(result.activities.map((a) => a.code)).toEqual(['1.1', '1.10', '1.2']);
  });

  describe('subcomponents', () => {
    it('continues a blank subcomponent cell from the one above and keeps names as written', () => {
      const { plan: result } = expectOk(
        plan([
          activity('1.1', { sub: '1. Información: Desarrollar' }),
          activity('1.2'),
          activity('2.1', { sub: '2. Dialogo' }),
        ]),
      );
      expect(result.subcomponents).toEqual([
        { code: '1', name: 'Información', fullText: '1. Información: Desarrollar' },
        { code: '2', name: 'Dialogo', fullText: '2. Dialogo' },
      ]);
      expect(result.activities.map((a) => a.subcomponentCode)).toEqual(['1', '1', '2']);
    });

    it('reads a subcomponent written on a row of its own', () => {
      const { plan: result } = expectOk(plan([['3. Responsabilidad'], activity('3.1')]));
      expect(result.subcomponents).toEqual([{ code: '3', name: 'Responsabilidad', fullText: '3. Responsabilidad' }]);
    });

    it('groups by the ID when there is no subcomponent, and says so', () => {
      const result = expectOk(plan([activity('1.1'), activity('2.1')]));
      expect(result.plan.subcomponents.map((s) => [s.code, s.name])).toEqual([
        ['1', 'Subcomponente 1'],
        ['2', 'Subcomponente 2'],
      ]);
      expect(messages(result.warnings)).toEqual([
        'Fila 5: la actividad 1.1 y las que siguen sin «Subcomponente» se agruparon por el primer número de su ID.',
      ]);
    });

    it('takes the code from the ID when the cell has no number', () => {
      const { plan: result } = expectOk(plan([activity('2.1', { sub: 'Diálogo: escenarios' })]));
      expect(result.subcomponents).toEqual([{ code: '2', name: 'Diálogo', fullText: 'Diálogo: escenarios' }]);
    });

    it('warns when an ID does not belong to its subcomponent', () => {
      const result = expectOk(plan([activity('1.1', { sub: '1. Información' }), activity('2.1')]));
      expect(messages(result.warnings)).toEqual([
        'Fila 6: la actividad 2.1 está bajo el subcomponente «1. Información», que es el 1. Revise el ID o el subcomponente.',
      ]);
    });
  });

  describe('the header block', () => {
    it('reads labels written to the left of their value, or inside the same cell', () => {
      const result = expectOk(
        plan(
          [activity('1.1', { sub: '1. Información' })],
          [
            ['Entidad: Alcaldía de Monterrey'],
            ['Reto', 'Más participación'],
            ['Objetivo General:', 'Informar'],
            ['Meta del Reto', 'Cumplir'],
            ['Indicador', 'Actividades hechas'],
            ['Desde', new Date(Date.UTC(2024, 1, 1))],
            ['Hasta', '30 de noviembre de 2024'],
          ],
        ),
      );
      expect(result.plan).toMatchObject({
        entity: 'Alcaldía de Monterrey',
        challenge: 'Más participación',
        objective: 'Informar',
        challengeGoal: 'Cumplir',
        indicator: 'Actividades hechas',
        vigencia: { from: '2024-02-01', to: '2024-11-30' },
      });
    });

    it('leaves absent fields empty and falls back to the file name for the entity', () => {
      const result = expectOk(plan([activity('1.1', { sub: '1. Información' })], [['Vigencia 2024']]));
      expect(result.plan).toMatchObject({ entity: 'plan-prueba', challenge: null, objective: null, indicator: null });
      expect(messages(result.warnings)).toEqual([
        'No se encontró el nombre de la entidad («Entidad:» encima de la tabla); se usó «plan-prueba». Corríjalo si no es el nombre de la entidad.',
      ]);
    });

    it('warns about a Desde or Hasta it cannot read', () => {
      const result = expectOk(
        plan(
          [activity('1.1', { sub: '1. Información' })],
          [
            ['Entidad:', 'X'],
            ['Desde', 'Hasta'],
            ['pronto', '31 de diciembre de 2024'],
          ],
        ),
      );
      expect(result.plan.vigencia).toEqual({ from: '2024-01-01', to: '2024-12-31' });
      expect(messages(result.warnings)).toEqual([
        'Fila 3: no se pudo leer la fecha «pronto» de «Desde». Escríbala como «5 de junio de 2024».',
      ]);
    });
  });

  describe('the vigencia', () => {
    const rows = [
      activity('1.1', { sub: '1. Información', date: '15 de julio de 2025' }),
      activity('1.2', { date: '15 de julio' }),
    ];

    it('comes from a title such as "Vigencia 2025" when there is no Desde/Hasta', () => {
      const result = expectOk(plan(rows, [['Entidad:', 'X'], ['Estrategia de rendición de cuentas - Vigencia 2025']]));
      expect(result.plan.vigencia).toEqual({ from: '2025-01-01', to: '2025-12-31' });
      expect(result.plan.activities[1]?.schedule.dueDates).toEqual(['2025-07-15']);
    });

    it('is otherwise the year most activity dates fall in', () => {
      const result = expectOk(
        plan(
          [
            activity('1.1', { sub: '1. Información', date: '15 de julio de 2025' }),
            activity('1.2', { date: '30 de junio de 2025' }),
            activity('1.3', { date: '15 de enero de 2026' }),
            activity('1.4', { date: 'Trimestral' }),
          ],
          [['Entidad:', 'X']],
        ),
      );
      expect(result.plan.vigencia).toEqual({ from: '2025-01-01', to: '2025-12-31' });
      expect(messages(result.warnings)).toEqual([
        'Fila 5: la fecha 15 de enero de 2026 de la actividad 1.3 queda fuera de la vigencia (del 1 de enero de 2025 al 31 de diciembre de 2025). Revise la fecha programada.',
      ]);
    });

    it('gives way to the options', () => {
      const result = expectOk(
        parsePlanGrid(gridOf([...BLOCK, HEADER, ...rows]), { from: '2025-03-01', to: '2025-12-31' }),
      );
      expect(result.plan.vigencia).toEqual({ from: '2025-03-01', to: '2025-12-31' });
      expect(result.plan.activities[1]?.schedule.dueDates).toEqual(['2025-07-15']);
    });

    it('ends with its calendar year when only Desde is given', () => {
      const result = expectOk(
        plan(rows, [
          ['Entidad:', 'X'],
          ['Desde', '5 de junio de 2025'],
        ]),
      );
      expect(result.plan.vigencia).toEqual({ from: '2025-06-05', to: '2025-12-31' });
    });

    it('cannot be guessed from a plan without any dated activity', () => {
      const result = expectRejected(
        plan([activity('1.1', { sub: '1. Información', date: 'Permanente' })], [['Entidad:', 'X']]),
      );
      expect(messages(result.errors)).toEqual([expect.stringMatching(/^No se pudo saber la vigencia del plan\./)]);
    });

    it('rejects options that are not dates', () => {
      const result = expectRejected(parsePlanGrid(gridOf([...BLOCK, HEADER, ...rows]), { from: '2025-02-30' }));
      expect(messages(result.errors)).toEqual([
        expect.stringMatching(/^La fecha de inicio de la vigencia «2025-02-30» no es válida/),
      ]);
    });
  });

  describe('schedules', () => {
    it('imports an unreadable date with no due date, keeping the text and naming the row', () => {
      const result = expectOk(plan([activity('1.1', { sub: '1. Información', date: 'Por definir' })]));
      expect(result.plan.activities[0]?.schedule).toEqual({ text: 'Por definir', kind: 'unknown', dueDates: [] });
      expect(result.summary.unreadSchedules).toEqual([{ row: 5, activityCode: '1.1', text: 'Por definir' }]);
      expect(messages(result.warnings)).toEqual([
        'Fila 5: no se pudo leer la fecha programada «Por definir» de la actividad 1.1; se importó sin fecha de vencimiento. Escriba una fecha como «15 de julio de 2024», un rango como «5 de junio al 15 de diciembre de 2024» o una frecuencia como «Trimestral».',
      ]);
    });

    it('keeps a date cell as the Spanish long form', () => {
      const result = expectOk(
        plan([activity('1.1', { sub: '1. Información', date: new Date(Date.UTC(2024, 6, 15)) })]),
      );
      expect(result.plan.activities[0]?.schedule).toEqual({
        text: '15 de julio de 2024',
        kind: 'dates',
        dueDates: ['2024-07-15'],
      });
    });
  });

  describe('targets and progress', () => {
    it('reads decimal commas, thousands and percentages', () => {
      const { plan: result } = expectOk(
        plan([
          activity('1.1', { sub: '1. Información', target: '2,5' }),
          activity('1.2', { target: '1.000' }),
          activity('1.3', { target: '100%' }),
        ]),
      );
      expect(result.activities.map((a) => a.target)).toEqual([
        { value: 2.5, unit: 'count' },
        { value: 1000, unit: 'count' },
        { value: 100, unit: 'percent' },
      ]);
    });

    it('imports "Avance meta anual" in the target unit and warns when it is not a number', () => {
      const grid = gridOf([
        ...BLOCK,
        [...HEADER, 'Avance meta anual'],
        [...activity('1.1', { sub: '1. Información', target: 40 }), '25%'],
        [...activity('1.2', { target: '100%' }), '50%'],
        [...activity('1.3'), 'En ejecución'],
        [...activity('1.4'), null],
      ]);
      const result = expectOk(parsePlanGrid(grid));
      expect(result.plan.activities.map((a) => a.initialProgress)).toEqual([10, 50, null, null]);
      expect(messages(result.warnings)).toEqual([
        'Fila 7: el avance «En ejecución» de la actividad 1.3 no es un número; se importó sin avance. Escríbalo como número, por ejemplo 3 o 50%.',
      ]);
    });
  });

  describe('rows that are not activities', () => {
    it('skips total and average rows, checking the total against the targets', () => {
      const result = expectOk(
        plan([
          activity('1.1', { sub: '1. Información', target: 3 }),
          activity('1.2', { target: 4 }),
          [null, 'Total', null, null, null, null, 8],
          [null, null, null, null, null, null, '0%'],
        ]),
      );
      expect(result.plan.activities).toHaveLength(2);
      expect(messages(result.warnings)).toEqual([
        'Fila 7: la fila de total dice 8 en «Meta anual», pero las metas anuales de las actividades de arriba suman 7. Esa fila no se importa; revise el total o las metas.',
      ]);
    });

    it('accepts subtotals per subcomponent and a grand total', () => {
      const result = expectOk(
        plan([
          activity('1.1', { sub: '1. Información', target: 3 }),
          ['Subtotal', null, null, null, null, null, 3],
          activity('2.1', { sub: '2. Diálogo', target: 4 }),
          ['Total', null, null, null, null, null, 4],
          ['Total general', null, null, null, null, null, 7],
        ]),
      );
      expect(result.warnings).toEqual([]);
    });

    it('skips template rows that only carry an ID, with a warning', () => {
      const result = expectOk(plan([activity('1.1', { sub: '1. Información' }), [null, '1.2']]));
      expect(result.plan.activities.map((a) => a.code)).toEqual(['1.1']);
      expect(messages(result.warnings)).toEqual([
        'Fila 6: se ignoró el ID 1.2 porque la fila no tiene nada más: parece una fila de plantilla sin llenar.',
      ]);
    });

    it('ignores notes under the table with a warning', () => {
      const result = expectOk(plan([activity('1.1', { sub: '1. Información' }), [], ['Elaboró: Jefe de Planeación']]));
      expect(messages(result.warnings)).toEqual([
        'Fila 7: se ignoró «Elaboró: Jefe de Planeación»: no es una actividad (no tiene ID ni texto en la columna C («Actividades»)).',
      ]);
    });
  });

  describe('rejections', () => {
    it('rejects a sheet with no header row', () => {
      const result = expectRejected(parsePlanGrid(gridOf([['Hola'], ['1.1', 'Algo']])));
      expect(result.errors).toEqual([
        {
          row: null,
          message:
            'No se encontró la fila de encabezados de la tabla de actividades. Agregue encima de las actividades una fila con los nombres de las columnas: «Subcomponente», «ID», «Actividades», «Meta o Producto», «Responsable», «Fecha programada», «Meta anual».',
        },
      ]);
    });

    describe('a sheet with no header row and --columns by letter', () => {
      const title: SheetCell[][] = [['Plan Anticorrupción y de Atención al Ciudadano']];
      const rows = [activity('1.1'), activity('1.2', { date: '15 de diciembre de 2024' })];
      const grid = gridOf([...BLOCK, ...title, ...rows]);
      const columns = (text: string) => {
        const parsed = parseColumnOverrides(text);
        if (!parsed.ok) throw new Error(parsed.message);
        return parsed.overrides;
      };

      it('reads from the first row whose ID column holds an activity ID, and says which', () => {
        const result = expectOk(
          parsePlanGrid(grid, { columns: columns('id=B,actividad=C,meta=G,fecha=F,responsable=E') }),
        );
        expect(result.plan.entity).toBe('Alcaldía de Prueba');
        expect(result.plan.activities.map((a) => [a.code, a.schedule.dueDates])).toEqual([
          ['1.1', ['2024-06-30']],
          ['1.2', ['2024-12-15']],
        ]);
        expect(result.summary).toMatchObject({ headerRows: [], firstRow: 5 });
        expect(result.summary.fields.map((field) => `${field.column}=${field.letter}`)).toContain('id=B');
      });

      it('still needs a header when a required column is missing or named by header text', () => {
        for (const text of ['id=B,actividad=C,meta=G,fecha=F', 'id=ID,actividad=C,meta=G,fecha=F,responsable=E']) {
          const result = expectRejected(parsePlanGrid(grid, { columns: columns(text) }));
          expect(messages(result.errors)[0]).toContain('No se encontró la fila de encabezados');
        }
      });
    });

    it('rejects a header without the columns every activity needs, pointing to --columns', () => {
      const result = expectRejected(
        parsePlanGrid(
          gridOf([
            ['ID', 'Actividades', 'Responsable'],
            ['1.1', 'Algo', 'Prensa'],
          ]),
        ),
      );
      expect(messages(result.errors)).toEqual([
        'Fila 1: a la tabla de actividades le faltan las columnas «Fecha programada», «Meta anual». Agréguelas con esos nombres, o indique en qué columna está cada una con --columns (por ejemplo --columns id=B,actividad=C,meta=F,fecha=H,responsable=E).',
      ]);
      expect(result.layout?.fields.map((field) => `${field.column}=${field.letter}`)).toEqual([
        'id=A',
        'activity=B',
        'responsible=C',
      ]);
    });

    it('reads a target written as text, and flags N/A and a text with no figure instead of refusing', () => {
      const result = expectOk(
        plan([
          activity('1.1', { sub: '1. Información', target: 'diez' }),
          activity('1.2', { target: 'Dos (2) jornadas' }),
          activity('1.3', { target: 'N/A' }),
          activity('1.4', { target: 'Informe publicado' }),
        ]),
      );
      expect(result.plan.activities.map((activity) => activity.target.value)).toEqual([10, 2, 1, 1]);
      expect(messages(result.warnings)).toEqual(
        expect.arrayContaining([
          'Fila 7: la meta de la actividad 1.3 dice «N/A»: se importó con meta 1 (hecha o no hecha). Si es otra, escriba la cifra en la hoja, por ejemplo «Dos (2) jornadas».',
          'Fila 8: la meta de la actividad 1.4 «Informe publicado» no trae una cifra: se importó con meta 1 (hecha o no hecha). Si es otra, escriba la cifra en la hoja, por ejemplo «Dos (2) jornadas».',
        ]),
      );
    });

    it('rejects a table with no activities', () => {
      const result = expectRejected(plan([]));
      expect(messages(result.errors)).toEqual(['Fila 4: no hay actividades debajo de los encabezados de la tabla.']);
    });
  });

  describe('rows that cannot be read', () => {
    it('leaves out a repeated ID, naming both rows and the column', () => {
      const result = expectOk(plan([activity('1,2', { sub: '1. Información' }), activity('1.2')]));
      expect(result.plan.activities.map((activity) => activity.sourceRow)).toEqual([5]);
      expect(result.summary.skippedRows).toEqual([
        {
          row: 6,
          message:
            'Fila 6, columna B («ID»): el ID 1.2 ya se usó en la fila 5. Cada actividad necesita un ID distinto: cambie el de esta fila.',
        },
      ]);
    });

    it('leaves out a missing or zero target, quoting the cell', () => {
      const result = expectOk(
        plan([
          activity('1.1', { sub: '1. Información', target: null }),
          activity('1.2', { target: 0 }),
          activity('1.3'),
        ]),
      );
      expect(result.plan.activities.map((activity) => activity.code)).toEqual(['1.3']);
      expect(messages(result.summary.skippedRows)).toEqual([
        'Fila 5, columna G («Meta anual»): la meta de la actividad 1.1 está vacía. Escriba un número, por ejemplo 10, 2,5 o «Dos (2) jornadas».',
        'Fila 6, columna G («Meta anual»): la meta de la actividad 1.2 es 0; escriba una meta mayor que cero.',
      ]);
    });

    it('leaves out an activity row without ID, and an ID that is not one', () => {
      const result = expectOk(plan([activity('1.1', { sub: '1. Información' }), activity(null), activity('A.1')]));
      expect(result.plan.activities.map((activity) => activity.code)).toEqual(['1.1']);
      expect(messages(result.summary.skippedRows)).toEqual([
        'Fila 6, columna B («ID»): la actividad «Actividad null» no tiene ID. Escriba su número en esa columna, por ejemplo 1.2.',
        'Fila 7, columna B («ID»): el ID «A.1» no es válido. Escriba el número de la actividad, por ejemplo 1.2, o un código como RC-01.',
      ]);
    });

    it('refuses the file when no row can be read', () => {
      const result = expectRejected(plan([activity('1.1', { sub: '1. Información', target: null })]));
      expect(messages(result.errors)).toEqual([
        'Ninguna fila de la tabla se pudo leer; corrija las filas indicadas y vuelva a importar.',
        'Fila 5, columna G («Meta anual»): la meta de la actividad 1.1 está vacía. Escriba un número, por ejemplo 10, 2,5 o «Dos (2) jornadas».',
      ]);
    });

    it('refuses the whole file under strict, with every error and the warnings found on the way', () => {
      const rows = [
        activity('1.1', { sub: '1. Información', date: 'Por definir', target: null }),
        activity('1.1'),
        activity('1.3', { office: '' }),
      ];
      const result = expectRejected(
        parsePlanGrid(gridOf([...BLOCK, HEADER, ...rows]), { sourceName: 'plan-prueba', strict: true }),
      );
      expect(result.errors.map((error) => error.row)).toEqual([5, 6]);
      expect(result.warnings.map((warning) => warning.row)).toEqual([7]);
      expect(expectOk(plan(rows)).plan.activities.map((activity) => activity.code)).toEqual(['1.3']);
    });
  });
});

describe('dates and vigencia as other entities write them', () => {
  it('reads an Excel serial number in the schedule column as the date it stands for, and "Vigencia: 2025"', () => {
    const result = expectOk(
      parsePlanGrid(
        gridOf([
          ['Entidad:', 'Personería de Prueba'],
          ['Vigencia: 2025'],
          HEADER,
          ['1. Información', '1.1', 'Informe', 'Informe', 'Personería', 45838, 1],
          [null, '1.2', 'Boletín', 'Boletín', 'Personería', '2025-09-30 00:00:00', 1],
        ]),
      ),
    );
    expect(result.plan.vigencia).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(result.plan.activities.map((activity) => activity.schedule.dueDates)).toEqual([
      ['2025-06-30'],
      ['2025-09-30'],
    ]);
    expect(result.plan.activities[0]?.schedule.text).toBe('30 de junio de 2025');
  });
});

describe('component and subcomponent as two columns (PAAC matrix)', () => {
  it('groups by the subcomponent, not by the component beside it', () => {
    const result = expectOk(
      parsePlanGrid(
        gridOf([
          ['Entidad:', 'Agencia de Prueba'],
          ['Vigencia 2025'],
          ['Código', 'Componente', 'Subcomponente', 'Actividad', 'Responsable', 'Plazo', 'Meta'],
          [
            '3.1.1',
            'Componente 3: Rendición de cuentas',
            'Subcomponente 1: Información',
            'A',
            'Oficina de prensa',
            'marzo',
            1,
          ],
          [
            '3.2.1',
            'Componente 3: Rendición de cuentas',
            'Subcomponente 2: Diálogo',
            'B',
            'Oficina de prensa',
            'junio',
            1,
          ],
        ]),
      ),
    );
    expect(result.plan.subcomponents.map((subcomponent) => subcomponent.name)).toEqual(['Información', 'Diálogo']);
  });
});
