import type { ActivityDraft, PlanDraft, SubcomponentDraft } from '../../src/domain/types.js';

// Drafts as the importer would produce them, with defaults a test overrides only where it cares.

export function buildSubcomponentDraft(overrides: Partial<SubcomponentDraft> = {}): SubcomponentDraft {
  const code = overrides.code ?? '1';
  const name = overrides.name ?? 'Información';
  return { code, name, fullText: `${code}. ${name}`, ...overrides };
}

export function buildActivityDraft(overrides: Partial<ActivityDraft> = {}): ActivityDraft {
  const code = overrides.code ?? '1.1';
  return {
    code,
    subcomponentCode: code.split('.')[0] ?? '1',
    title: `Actividad ${code}`,
    product: 'Informe publicado',
    responsibleText: 'Secretaría de Planeación',
    offices: ['Secretaría de Planeación'],
    target: { value: 4, unit: 'count' },
    schedule: {
      text: '30 de junio de 2024 15 de diciembre de 2024',
      kind: 'dates',
      dueDates: ['2024-06-30', '2024-12-15'],
    },
    description: null,
    initialProgress: null,
    sourceRow: 10,
    ...overrides,
  };
}

/** A 2024 plan with two subcomponents and three activities (1.1, 1.2, 2.1). */
export function buildPlanDraft(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return {
    entity: 'Alcaldía de San José',
    vigencia: { from: '2024-01-01', to: '2024-12-31' },
    challenge: 'Mejorar la confianza ciudadana',
    objective: 'Rendir cuentas de forma permanente',
    challengeGoal: null,
    indicator: null,
    subcomponents: [
      buildSubcomponentDraft({ code: '1', name: 'Información' }),
      buildSubcomponentDraft({ code: '2', name: 'Diálogo' }),
    ],
    activities: [
      buildActivityDraft({ code: '1.1', sourceRow: 10 }),
      buildActivityDraft({
        code: '1.2',
        offices: ['Secretaría de Planeación', 'Oficina de Comunicaciones'],
        target: { value: 100, unit: 'percent' },
        schedule: {
          text: 'Trimestral',
          kind: 'periodic',
          dueDates: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
        },
        sourceRow: 11,
      }),
      buildActivityDraft({ code: '2.1', offices: ['Secretaría de Gobierno'], sourceRow: 12 }),
    ],
    ...overrides,
  };
}
