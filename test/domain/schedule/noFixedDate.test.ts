import { expect, it } from 'vitest';
import { noFixedDateOf, parseScheduleSpec } from '../../../src/domain/schedule/index.js';

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
