import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/domain/schedule/index.js';
import type { Schedule, Vigencia } from '../../../src/domain/types.js';

const TAURAMENA_2024: Vigencia = { from: '2024-06-05', to: '2024-12-31' };

describe('parseSchedule', () => {
  it.each<[string, Schedule]>([
    ['15 de julio de 2024', { text: '15 de julio de 2024', kind: 'dates', dueDates: ['2024-07-15'] }],
    ['Permanentemente', { text: 'Permanentemente', kind: 'continuous', dueDates: ['2024-12-31'] }],
    [
      '30 de junio de 2024 15 de diciembre de 2024',
      { text: '30 de junio de 2024 15 de diciembre de 2024', kind: 'dates', dueDates: ['2024-06-30', '2024-12-15'] },
    ],
    [
      '5 de junio al 15 de diciembre de 2024',
      { text: '5 de junio al 15 de diciembre de 2024', kind: 'range', dueDates: ['2024-12-15'] },
    ],
    [
      '15 de junio al 30 de diciembre de 2024',
      { text: '15 de junio al 30 de diciembre de 2024', kind: 'range', dueDates: ['2024-12-30'] },
    ],
    ['Noviembre de 2024', { text: 'Noviembre de 2024', kind: 'month', dueDates: ['2024-11-30'] }],
    ['Trimestral', { text: 'Trimestral', kind: 'periodic', dueDates: ['2024-06-30', '2024-09-30', '2024-12-31'] }],
    // No year written: the vigencia's.
    ['1ro de julio', { text: '1ro de julio', kind: 'dates', dueDates: ['2024-07-01'] }],
    [
      '  30 de junio y\n15 de diciembre  ',
      { text: '30 de junio y\n15 de diciembre', kind: 'dates', dueDates: ['2024-06-30', '2024-12-15'] },
    ],
    ['Por definir', { text: 'Por definir', kind: 'unknown', dueDates: [] }],
    ['31 de febrero de 2025', { text: '31 de febrero de 2025', kind: 'unknown', dueDates: [] }],
    ['  ', { text: '', kind: 'unknown', dueDates: [] }],
  ])('%j', (text, expected) => {
    expect(parseSchedule(text, TAURAMENA_2024)).toEqual(expected);
  });
});
