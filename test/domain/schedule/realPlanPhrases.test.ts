import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/domain/schedule/index.js';
import { parseScheduleSpec } from '../../../src/domain/schedule/parseScheduleSpec.js';
import type { ScheduleSpec } from '../../../src/domain/types.js';

const VIGENCIA_2025 = { from: '2025-01-01', to: '2025-12-31' };
const dates = (...values: string[]): ScheduleSpec => ({ kind: 'dates', dates: values });
const range = (from: string, to: string): ScheduleSpec => ({ kind: 'range', from, to });

// Phrases found in alcaldía, gobernación, hospital, personería and national agency plans (issue 19),
// read with the vigencia's year (2025) for those that write none.
describe('phrases real plans use', () => {
  it.each<[string, ScheduleSpec]>([
    // Periods by ordinal: the period of the vigencia's year.
    ['Primer semestre', range('2025-01-01', '2025-06-30')],
    ['segundo semestre', range('2025-07-01', '2025-12-31')],
    ['I trimestre', range('2025-01-01', '2025-03-31')],
    ['IV Trimestre', range('2025-10-01', '2025-12-31')],
    ['Trimestre II', range('2025-04-01', '2025-06-30')],
    ['1er trimestre', range('2025-01-01', '2025-03-31')],
    ['segundo cuatrimestre', range('2025-05-01', '2025-08-31')],
    ['tercer bimestre de 2026', range('2026-05-01', '2026-06-30')],
    ['segunda quincena de julio', range('2025-07-16', '2025-07-31')],
    ['primera quincena de febrero', range('2025-02-01', '2025-02-15')],
    // Bounds: the date is the due date.
    ['hasta el 30 de junio', dates('2025-06-30')],
    ['Hasta el 30 de junio de 2025', dates('2025-06-30')],
    ['a más tardar el 15 de noviembre', dates('2025-11-15')],
    ['A más tardar 31/03/2025', dates('2025-03-31')],
    ['antes del 31 de marzo', dates('2025-03-31')],
    // Day ranges inside one month, several days of one month.
    ['15 al 30 de diciembre de 2025', range('2025-12-15', '2025-12-30')],
    ['22 al 28 de abril', range('2025-04-22', '2025-04-28')],
    ['19 y 20 de mayo de 2025', dates('2025-05-19', '2025-05-20')],
    ['5, 12 y 19 de junio', dates('2025-06-05', '2025-06-12', '2025-06-19')],
    // Month first.
    ['Junio 15 y octubre 15 de 2025', dates('2025-06-15', '2025-10-15')],
    ['Diciembre 15', dates('2025-12-15')],
    // A month alone, a year alone, the whole vigencia.
    ['marzo', { kind: 'month', month: '2025-03' }],
    ['2025', range('2025-01-01', '2025-12-31')],
    ['Año 2025', range('2025-01-01', '2025-12-31')],
    ['enero a diciembre', range('2025-01-01', '2025-12-31')],
    ['De enero a diciembre de 2025', range('2025-01-01', '2025-12-31')],
    ['durante la vigencia', { kind: 'continuous' }],
    // Text dates with a time, as an export writes a date cell.
    ['2025-06-30 00:00:00', dates('2025-06-30')],
    ['30/06/2025 12:00 p. m.', dates('2025-06-30')],
    ['30-06-25', dates('2025-06-30')],
    // Phrases that fix no date.
    ['cada vez que se requiera', { kind: 'continuous', open: 'on-demand' }],
    ['Cuando se requiera', { kind: 'continuous', open: 'on-demand' }],
    ['A demanda', { kind: 'continuous', open: 'on-demand' }],
    ['a partir de marzo', { kind: 'continuous', open: 'open-start' }],
    ['A partir del 1 de julio de 2025', { kind: 'continuous', open: 'open-start' }],
  ])('%j', (text, expected) => {
    expect(parseScheduleSpec(text, { defaultYear: 2025 })).toEqual(expected);
  });

  it.each([
    // Not a period: an ordinal past the year's end.
    'quinto trimestre',
    'a partir de la aprobación del plan',
    'tercera quincena de julio',
    '32 al 34 de mayo',
  ])('%j stays unreadable rather than guessed', (text) => {
    expect(parseScheduleSpec(text, { defaultYear: 2025 })).toBeNull();
  });

  it('needs a year for a period by ordinal: without the vigencia it does not vote for one', () => {
    expect(parseScheduleSpec('primer semestre')).toBeNull();
    expect(parseScheduleSpec('primer semestre de 2026')).toEqual(range('2026-01-01', '2026-06-30'));
  });

  it.each<[string, string[]]>([
    ['Primer semestre', ['2025-06-30']],
    ['segunda quincena de julio', ['2025-07-31']],
    ['19 y 20 de mayo de 2025', ['2025-05-19', '2025-05-20']],
    ['cada vez que se requiera', ['2025-12-31']],
    ['a partir de marzo', ['2025-12-31']],
    ['2025', ['2025-12-31']],
  ])('%j is due on %j', (text, dueDates) => {
    expect(parseSchedule(text, VIGENCIA_2025).dueDates).toEqual(dueDates);
  });
});
