import type { ActivityView, EntryView, PlanRef, Reply } from '../../src/usecases/replies.js';

// Command-layer views as the Slack builders receive them, with overridable defaults.

export function buildPlanRef(overrides: Partial<PlanRef> = {}): PlanRef {
  return { id: 7, entity: 'Alcaldía de San José', from: '2024-01-01', to: '2024-12-31', ...overrides };
}

export function buildActivityView(overrides: Partial<ActivityView> = {}): ActivityView {
  return {
    id: 12,
    code: '1.2',
    title: 'Publicar contenidos sobre la gestión en redes sociales',
    product: 'Publicaciones',
    subcomponent: { code: '1', name: 'Información' },
    offices: [{ id: 3, name: 'Oficina de Comunicaciones' }],
    target: 40,
    unit: 'count',
    progress: 10,
    ratio: 0.25,
    status: 'red',
    state: 'on_track',
    schedule: { text: '30 de junio de 2024', kind: 'dates', dueDates: ['2024-06-30'] },
    nextDueOn: '2024-06-30',
    ...overrides,
  };
}

export function buildEntryView(overrides: Partial<EntryView> = {}): EntryView {
  return {
    id: 101,
    amount: 10,
    note: 'Publicamos 10 piezas',
    evidenceUrl: 'https://example.org/evidencia',
    authorId: 'U0PRENSA',
    authorName: 'María Gómez',
    source: 'slack',
    effectiveOn: '2024-05-15',
    recordedAt: '2024-05-15T15:00:00.000Z',
    correctsId: null,
    ...overrides,
  };
}

export function buildPlanStatus(
  activities: ActivityView[] = [buildActivityView()],
): Extract<Reply, { kind: 'plan-status' }> {
  return {
    kind: 'plan-status',
    plan: buildPlanRef(),
    at: '2024-05-15',
    summary: { activities: activities.length, completed: 0, indicator: 0, average: 0.25, behind: 1, status: 'red' },
    subcomponents: [
      {
        code: '1',
        name: 'Información',
        activities: 1,
        completed: 0,
        indicator: 0,
        average: 0.25,
        behind: 0,
        status: 'red',
      },
      { code: '2', name: 'Diálogo', activities: 1, completed: 1, indicator: 1, average: 1, behind: 0, status: 'green' },
    ],
    activities,
  };
}

export function manyActivities(count: number): ActivityView[] {
  return Array.from({ length: count }, (_, index) =>
    buildActivityView({ id: index + 1, code: `${Math.floor(index / 10) + 1}.${(index % 10) + 1}` }),
  );
}
