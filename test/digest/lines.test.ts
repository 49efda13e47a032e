import { expect, test } from 'vitest';
import { digestChartFrame, digestSections, MAX_DIGEST_ITEMS, weekLabel } from '../../src/digest/lines.js';
import { buildDigest } from '../../src/domain/digest.js';
import { DEFAULT_STATUS_BANDS } from '../../src/domain/types.js';

const plain = { bold: (t: string) => t, link: (u: string) => u, escape: (t: string) => t };

/** A plan whose ten activities each belong to an office nobody has joined. */
function digestWithUnstaffedOffices(today: string) {
  return buildDigest({
    plan: { id: 1, entity: 'Alcaldía de San José', startsOn: '2024-01-01', endsOn: '2024-12-31' },
    subcomponents: [{ code: '1', name: 'Información' }],
    activities: Array.from({ length: MAX_DIGEST_ITEMS + 2 }, (_, index) => ({
      id: index + 1,
      code: `1.${index + 1}`,
      title: `Actividad ${index + 1}`,
      subcomponentCode: '1',
      target: 1,
      unit: 'count' as const,
      progress: 0,
      dueDates: ['2024-12-15'],
      offices: [{ id: index + 1, name: `Oficina ${String(index + 1).padStart(2, '0')}`, memberCount: 0 }],
    })),
    recentEntries: [],
    today,
    bands: DEFAULT_STATUS_BANDS,
  });
}

test('weeks are named by their Monday in Spanish, across a year boundary too', () => {
  expect(weekLabel('2025-01-01')).toBe('semana del 30 de diciembre de 2024');
  expect(weekLabel('2024-07-08')).toBe('semana del 8 de julio de 2024');
  expect(weekLabel('2024-07-14')).toBe('semana del 8 de julio de 2024');
});

test('the chart frame names the entity, the cut-off day and the week, not an ISO week', () => {
  const frame = digestChartFrame(digestWithUnstaffedOffices('2025-01-02'), DEFAULT_STATUS_BANDS);
  expect(frame.title).toBe('Cumplimiento por subcomponente · semana del 30 de diciembre de 2024');
  expect(frame.subtitle).toBe('Alcaldía de San José · corte al 2 de enero de 2025');
  expect(frame.bands).toEqual(DEFAULT_STATUS_BANDS);
  expect(JSON.stringify(frame)).not.toMatch(/W\d\d/);
});

test('the rest of the offices without members are found with the command that lists offices', () => {
  const sections = digestSections(digestWithUnstaffedOffices('2024-12-31'), plain);
  const unstaffed = sections.find((s) => s.title.startsWith('Dependencias sin miembros'));
  expect(unstaffed?.lines.at(-1)).toBe('… y 2 más (use /rinde oficinas para verlas).');
  const overdue = sections.find((s) => s.title.startsWith('Vencidas'));
  expect(overdue?.lines.at(-1)).toBe('… y 2 más (use /estado para verlas).');
});
