import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';
import { buildCutoffReport, type CutoffReport } from '../../src/export/cutoffReport.js';
import { renderCutoffText } from '../../src/export/cutoffText.js';
import { cutoffMessage } from '../../src/platforms/slack/blocks/cutoff.js';
import { MAX_BLOCKS_PER_MESSAGE } from '../../src/platforms/slack/blocks/limits.js';
import type { PlanView, PlanViewActivity } from '../../src/storage/planView.js';
import type { ProgressRecord } from '../../src/storage/progress.js';

const CUTOFF = {
  date: '2024-08-31',
  periodStart: '2024-05-01',
  deadline: '2024-09-13',
  at: '2024-09-05',
  businessDaysLeft: 6,
};

function activity(id: number, overrides: Partial<PlanViewActivity> = {}): PlanViewActivity {
  return {
    id,
    code: `1.${id}`,
    subcomponentId: 1,
    position: id,
    title: `Actividad ${id}`,
    product: 'Informe',
    responsibleText: 'Oficina de prensa',
    target: 4,
    unit: 'count',
    scheduleText: '30 de junio de 2024',
    scheduleKind: 'dates',
    description: null,
    sourceRow: null,
    offices: [{ id: 1, name: 'Oficina de prensa' }],
    dueDates: ['2024-06-30'],
    progress: 0,
    ...overrides,
  };
}

function view(activities: PlanViewActivity[]): PlanView {
  return {
    plan: {
      id: 7,
      entity: 'Alcaldía de Prueba',
      year: 2024,
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      challenge: null,
      objective: null,
      challengeGoal: null,
      indicator: null,
      sourceFile: null,
      isActive: true,
    },
    subcomponents: [{ id: 1, code: '1', name: 'Información', fullText: '1. Información', position: 0 }],
    activities,
    asOf: CUTOFF.date,
  };
}

function entry(id: number, activityId: number, overrides: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    id,
    activityId,
    amount: 1,
    note: null,
    evidenceUrl: null,
    authorId: 'U1',
    authorName: null,
    source: 'chat',
    effectiveOn: '2024-08-01',
    recordedAt: new Date('2024-09-04T15:00:00Z'),
    correctsId: null,
    correctedByIds: [],
    ...overrides,
  };
}

describe('buildCutoffReport', () => {
  const report = buildCutoffReport({
    view: view([activity(1, { progress: 4 }), activity(2, { progress: 1 })]),
    entries: [
      entry(1, 1, { amount: 4, evidenceUrl: 'https://x.co/a' }),
      entry(2, 1, { amount: 4, evidenceUrl: 'https://x.co/a' }),
      entry(3, 1, { amount: -4, correctsId: 2 }),
      entry(4, 2, { evidenceUrl: 'https://x.co/undone', correctedByIds: [5] }),
      entry(5, 2, { amount: -1, correctsId: 4 }),
      entry(6, 2, { evidenceUrl: 'https://x.co/b' }),
    ],
    cutoff: CUTOFF,
    bands: DEFAULT_STATUS_BANDS,
  });

  it('keeps each evidence link once, leaving out entries that were undone', () => {
    expect(report.activities.map((a) => [a.code, a.evidence])).toEqual([
      ['1.1', ['https://x.co/a']],
      ['1.2', ['https://x.co/b']],
    ]);
  });

  it('judges each activity at the cut-off date', () => {
    expect(report.activities.map((a) => [a.code, a.ratio, a.status, a.state])).toEqual([
      ['1.1', 1, 'green', 'completed'],
      ['1.2', 0.25, 'red', 'behind'],
    ]);
    expect(report.summary).toMatchObject({ activities: 2, completed: 1, average: 0.625 });
  });

  it('reads in Spanish with the countdown', () => {
    const text = renderCutoffText(report);
    expect(text).toContain('Informe de seguimiento con corte al 31 de agosto de 2024');
    expect(text).toContain('Faltan 6 días hábiles para publicar el informe (plazo: 13 de septiembre de 2024).');
    expect(text).toContain('🔴 1.2 Actividad 2 1/4 (25 %) · Atrasada');
  });
});

describe('cutoffMessage', () => {
  it('stays within Slack limits for a long plan and still says how many are left out', () => {
    const activities = Array.from({ length: 1000 }, (_, i) =>
      activity(i + 1, { title: `Actividad con un título largo que ocupa bastante espacio ${'x'.repeat(60)}` }),
    );
    const report: CutoffReport = buildCutoffReport({
      view: view(activities),
      entries: activities.map((a, i) =>
        entry(i + 1, a.id, { evidenceUrl: `https://x.co/${i}`, effectiveOn: '2024-08-01' }),
      ),
      cutoff: CUTOFF,
      bands: DEFAULT_STATUS_BANDS,
    });
    const message = cutoffMessage(report);
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_PER_MESSAGE);
    expect(JSON.stringify(message.blocks.at(-1))).toContain('elemento(s) más');
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('shows a few evidence links per activity and counts the rest', () => {
    const report = buildCutoffReport({
      view: view([activity(1, { progress: 4 })]),
      entries: [1, 2, 3, 4, 5].map((id) => entry(id, 1, { evidenceUrl: `https://x.co/${id}` })),
      cutoff: { ...CUTOFF, businessDaysLeft: 0 },
      bands: DEFAULT_STATUS_BANDS,
    });
    const json = JSON.stringify(cutoffMessage(report));
    expect(json).toContain('<https://x.co/3|evidencia 3> y 2 más');
    expect(json).toContain('Hoy vence el plazo para publicar el informe (13 de septiembre de 2024).');
  });
});
