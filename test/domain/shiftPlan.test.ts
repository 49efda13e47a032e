import { describe, expect, it } from 'vitest';
import { addYears } from '../../src/domain/dates.js';
import { shiftPlanToYear } from '../../src/domain/shiftPlan.js';
import type { ActivityDraft, PlanDraft } from '../../src/domain/types.js';

function activity(text: string, dueDates: string[]): ActivityDraft {
  return {
    code: '1.1',
    subcomponentCode: '1',
    title: 'Publicar el informe de gestión',
    product: 'Informe',
    responsibleText: 'Planeación',
    offices: ['Planeación'],
    target: { value: 1, unit: 'count' },
    schedule: { text, kind: 'dates', dueDates },
    description: null,
    initialProgress: null,
    sourceRow: 7,
  };
}

function plan(activities: ActivityDraft[]): PlanDraft {
  return {
    entity: 'Alcaldía de Prueba',
    vigencia: { from: '2024-01-01', to: '2024-12-31' },
    challenge: null,
    objective: null,
    challengeGoal: null,
    indicator: null,
    subcomponents: [{ code: '1', name: 'Información', fullText: '1. Información' }],
    activities,
  };
}

describe('addYears', () => {
  it.each([
    ['2024-07-15', 2, '2026-07-15'],
    ['2024-02-29', 2, '2026-02-28'], // 2026 has no 29 February
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-12-31', -2, '2024-12-31'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });
});

describe('shiftPlanToYear', () => {
  it('moves the vigencia, the due dates and the years written in the schedule cell', () => {
    const shifted = shiftPlanToYear(
      plan([
        activity('5 de junio al 15 de diciembre de 2024', ['2024-12-15']),
        activity('29 feb 2024', ['2024-02-29']),
      ]),
      2026,
    );
    expect(shifted.vigencia).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(shifted.activities.map((a) => a.schedule)).toEqual([
      { text: '5 de junio al 15 de diciembre de 2026', kind: 'dates', dueDates: ['2026-12-15'] },
      { text: '29 feb 2026', kind: 'dates', dueDates: ['2026-02-28'] },
    ]);
  });

  it('leaves numbers that are not the vigencia’s years alone', () => {
    const shifted = shiftPlanToYear(
      plan([activity('Ley 1757 de 2015, antes del 30 de junio de 2024', ['2024-06-30'])]),
      2025,
    );
    expect(shifted.activities[0]?.schedule.text).toBe('Ley 1757 de 2015, antes del 30 de junio de 2025');
  });

  it('returns the plan itself when it already starts in that year', () => {
    const original = plan([activity('15 de julio de 2024', ['2024-07-15'])]);
    expect(shiftPlanToYear(original, 2024)).toBe(original);
  });
});
