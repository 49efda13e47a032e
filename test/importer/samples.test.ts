import { describe, expect, it } from 'vitest';
import type { ActivityDraft, PlanDraft } from '../../src/domain/types.js';
import { importPlanFile } from '../../src/importer/index.js';
import { sampleWarnings } from './helpers.js';

const SAMPLES = '/work/shared/samples';

const PLANNING = 'Oficina Asesora de Planeación';
const ACCOUNTABLE = 'Dependencia que rinde cuentas';
const PRESS = 'Oficina de prensa';
const EVERY_SECRETARIAT = [
  ACCOUNTABLE,
  PLANNING,
  'Secretaría de Desarrollo Económico',
  'Secretaría de Infraestructura',
  'Secretaría de Gobierno',
  'Secretaría de Desarrollo Social',
  'Secretaría de Hacienda',
  'Secretaría General',
  'Oficina asesora jurídica',
];

type Expected = Pick<ActivityDraft, 'code' | 'subcomponentCode' | 'offices' | 'initialProgress'> & {
  titleStart: string;
  kind: ActivityDraft['schedule']['kind'];
  scheduleText: string;
  dueDates: string[];
  target: number;
  /** Row in the kept .xlsx; the exported .tsv has one blank line more above the table. */
  xlsxRow: number;
};

const row = (
  code: string,
  titleStart: string,
  offices: string[],
  scheduleText: string,
  kind: Expected['kind'],
  dueDates: string[],
  target: number,
  xlsxRow: number,
): Expected => ({
  code,
  subcomponentCode: code.split('.')[0] ?? '',
  titleStart,
  offices,
  scheduleText,
  kind,
  dueDates,
  target,
  initialProgress: null,
  xlsxRow,
});

const EXPECTED: Expected[] = [
  row(
    '1.1',
    'Definir los temas prioritarios',
    [ACCOUNTABLE, PLANNING],
    '15 de julio de 2024',
    'dates',
    ['2024-07-15'],
    1,
    9,
  ),
  row('1.2', 'Publicar de manera permanentemente', [PRESS], 'Permanentemente', 'continuous', ['2024-12-31'], 40, 10),
  row(
    '1.3',
    'Diseñar y publicar piezas comunicativas',
    [PRESS],
    '15 de diciembre de 2024',
    'dates',
    ['2024-12-15'],
    9,
    11,
  ),
  row(
    '1.4',
    'Elaborar y publicar los Informe de Gestión',
    EVERY_SECRETARIAT,
    '30 de junio de 2024 15 de diciembre de 2024',
    'dates',
    ['2024-06-30', '2024-12-15'],
    3,
    12,
  ),
  row(
    '1.5',
    'Actualizar la caracterización de usuarios',
    [PLANNING],
    '30 de junio de 2024',
    'dates',
    ['2024-06-30'],
    1,
    13,
  ),
  row(
    '1.6',
    'Desarrollar campañas pedagógicas',
    [PLANNING, PRESS],
    '5 de junio al 15 de diciembre de 2024',
    'range',
    ['2024-12-15'],
    2,
    14,
  ),
  row(
    '2.1',
    'Realizar evento de rendición de cuentas de los 100 días',
    EVERY_SECRETARIAT,
    '30 de junio de 2024',
    'dates',
    ['2024-06-30'],
    1,
    15,
  ),
  row(
    '2.2',
    'Realizar evento de rendición de cuentas del plan plurianual',
    EVERY_SECRETARIAT,
    '30 de junio de 2024',
    'dates',
    ['2024-06-30'],
    1,
    16,
  ),
  row(
    '2.3',
    'Realizar evento de rendición de cuentas de los 150 días',
    EVERY_SECRETARIAT,
    '30 de junio de 2024',
    'dates',
    ['2024-06-30'],
    1,
    17,
  ),
  row(
    '2.4',
    'Realizar evento de audiencia pública',
    EVERY_SECRETARIAT,
    '15 diciembre de 2024',
    'dates',
    ['2024-12-15'],
    1,
    18,
  ),
  row(
    '2.5',
    'Desarrollo de los espacios de dialogo',
    EVERY_SECRETARIAT.slice(0, 6),
    '5 de junio al 30 de noviembre de 2024',
    'range',
    ['2024-11-30'],
    5,
    19,
  ),
  row(
    '3.1',
    'Registrar Preguntas y Respuestas',
    [ACCOUNTABLE, PLANNING],
    '15 de diciembre de 2024',
    'dates',
    ['2024-12-15'],
    4,
    20,
  ),
  row(
    '3.2',
    'Evaluar la satisfacción de la Audiencia',
    [PLANNING, 'Oficina de atención al ciudadano'],
    '26 de diciembre de 2024',
    'dates',
    ['2024-12-26'],
    2,
    21,
  ),
  row(
    '3.3',
    'Recopilar los compromisos',
    ['Equipo lider de rendición de cuentas'],
    '26 de diciembre de 2024',
    'dates',
    ['2024-12-26'],
    1,
    22,
  ),
  row(
    '3.4',
    'Realizar monitoreo y evaluación',
    [PLANNING],
    '15 de junio al 30 de diciembre de 2024',
    'range',
    ['2024-12-30'],
    3,
    23,
  ),
];

async function importSample(extension: 'tsv' | 'xlsx'): Promise<PlanDraft> {
  const result = await importPlanFile(`${SAMPLES}/tauramena-2024.${extension}`);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  // The sample's total row says 75, which is exactly 56 + 9 + 10: only its permanent activity is flagged.
  expect(result.warnings).toEqual(sampleWarnings(extension === 'xlsx' ? 10 : 11));
  return result.plan;
}

describe.each(['tsv', 'xlsx'] as const)('the Tauramena 2024 sample (.%s)', (extension) => {
  const rowShift = extension === 'tsv' ? 1 : 0;

  it('reads the header block above the table', async () => {
    const plan = await importSample(extension);
    expect(plan.entity).toBe('Alcaldía Municipal de Tauramena - Casanare');
    expect(plan.vigencia).toEqual({ from: '2024-06-05', to: '2024-12-31' });
    expect(plan.challenge).toBe(
      'Fortalecer el proceso de rendición de cuentas de la administración municipal, garantizando espacios y mecanismos de participación.',
    );
    expect(plan.objective).toMatch(
      /^Promover los diferentes espacios de rendición de cuentas, .* gestión realizada\.$/,
    );
    expect(plan.challengeGoal).toBe('cumplimiento de la estrategia de rendición de cuentas vigencia 2024');
    expect(plan.indicator).toBe('Actividades desarrolladas/Actividades programadas');
  });

  it('reads the three subcomponents', async () => {
    const plan = await importSample(extension);
    expect(plan.subcomponents).toEqual([
      {
        code: '1',
        name: 'Información',
        fullText:
          '1. Información: Desarrollar estrategias y mecanismos de participación que generen datos que permitan mantener informada a la comunidad',
      },
      {
        code: '2',
        name: 'Dialogo',
        fullText: '2. Dialogo: Desarrollar escenarios de diálogo de doble vía con la ciudadanía y sus organizaciones',
      },
      {
        code: '3',
        name: 'Responsabilidad',
        fullText:
          '3. Responsabilidad: Responder a compromisos propuestos, evaluación y retroalimentación en los ejercicios de rendición de cuentas con acciones correctivas para mejora.',
      },
    ]);
  });

  it('reads every activity, and not the total rows under the table', async () => {
    const plan = await importSample(extension);
    expect(plan.activities).toHaveLength(EXPECTED.length);
    plan.activities.forEach((activity, index) => {
      const expected = EXPECTED[index];
      if (expected === undefined) throw new Error(`unexpected activity ${activity.code}`);
      expect(activity.code).toBe(expected.code);
      expect(activity.subcomponentCode).toBe(expected.subcomponentCode);
      expect(activity.title.startsWith(expected.titleStart), activity.title).toBe(true);
      expect(activity.offices).toEqual(expected.offices);
      expect(activity.schedule).toEqual({
        text: expected.scheduleText,
        kind: expected.kind,
        dueDates: expected.dueDates,
      });
      expect(activity.target).toEqual({ value: expected.target, unit: 'count' });
      expect(activity.initialProgress).toBe(expected.initialProgress);
      expect(activity.description).toBeNull();
      expect(activity.sourceRow).toBe(expected.xlsxRow + rowShift);
    });
  });

  it('keeps the cells as written', async () => {
    const plan = await importSample(extension);
    const activity = plan.activities.find((candidate) => candidate.code === '2.5');
    expect(activity?.product).toBe('Espacios de dialogo de Rendición de Cuentas');
    expect(activity?.responsibleText).toBe(
      'Dependencia que rinde cuentas - Oficina asesora de Planeación (1) Secretaría de Desarrollo Económico (1) Secretaría de Infraestructura (1) Secretaría de Gobierno (1) Secretaría de Desarrollo Social (1)',
    );
    expect(activity?.title).toBe(
      'Desarrollo de los espacios de dialogo de Rendición de Cuentas con los grupos de interés y de valor a y través de diferentes mecanismos de participación según los temas priorizados.',
    );
  });
});

it('reads the same plan from the exported .tsv and the kept .xlsx', async () => {
  const withoutRows = (plan: PlanDraft) => ({
    ...plan,
    activities: plan.activities.map(({ sourceRow: _row, ...activity }) => activity),
  });
  expect(withoutRows(await importSample('tsv'))).toEqual(withoutRows(await importSample('xlsx')));
});

it('summarises the sample', async () => {
  const result = await importPlanFile(`${SAMPLES}/tauramena-2024.xlsx`);
  if (!result.ok) throw new Error('the sample must import');
  expect(result.summary).toMatchObject({
    sheetName: 'Rendición de cuentas 2024',
    otherSheets: [],
    headerRows: [8],
    headerRow: 8,
    columnsFrom: 'guessed',
    activityCount: 15,
    subcomponents: [
      { code: '1', name: 'Información', activityCount: 6 },
      { code: '2', name: 'Dialogo', activityCount: 5 },
      { code: '3', name: 'Responsabilidad', activityCount: 4 },
    ],
    offices: [
      ...EVERY_SECRETARIAT.slice(0, 2),
      PRESS,
      ...EVERY_SECRETARIAT.slice(2),
      'Oficina de atención al ciudadano',
      'Equipo lider de rendición de cuentas',
    ],
    unreadSchedules: [],
    skippedRows: [],
  });
  expect(result.summary.fields.map((field) => `${field.column}=${field.letter}`)).toEqual([
    'subcomponent=A',
    'id=B',
    'activity=C',
    'product=D',
    'target=G',
    'responsible=E',
    'schedule=F',
    'progress=H',
    'description=I',
  ]);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});
