import { expect, it } from 'vitest';
import { noFixedDateOf, parseScheduleSpec, scheduleStartOf } from '../../../src/domain/schedule/index.js';

it.each([
  ['Permanentemente', 'permanent'],
  ['durante la vigencia', 'permanent'],
  ['cada vez que se requiera', 'on-demand'],
  ['A demanda', 'on-demand'],
  ['a partir de marzo', 'open-start'],
  ['30 de junio de 2025', null],
  ['Trimestral', null],
  ['primer semestre', null],
  ['enero a diciembre', null],
])('%s fixes no date: %s', (text, expected) => {
  expect(noFixedDateOf(parseScheduleSpec(text, { defaultYear: 2025 }))).toBe(expected);
});

it('an unreadable cell is not one that fixes no date (the import reports it as unread)', () => {
  expect(noFixedDateOf(null)).toBeNull();
});

it.each([
  ['a partir de marzo', '2025-03-01'],
  ['A partir de Abril de 2026', '2026-04-01'],
  ['a partir de 15 de mayo', '2025-05-15'],
  ['Permanentemente', null],
  ['cada vez que se requiera', null],
  ['30 de junio de 2025', null],
  ['a partir de la aprobación del plan', null],
])('the start %s states: %s', (text, expected) => {
  expect(scheduleStartOf(text, { from: '2025-01-01', to: '2025-12-31' })).toBe(expected);
});
