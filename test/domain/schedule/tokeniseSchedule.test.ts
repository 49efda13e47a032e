import { describe, expect, it } from 'vitest';
import { type ScheduleToken, tokeniseSchedule } from '../../../src/domain/schedule/tokeniseSchedule.js';

const num = (value: number, digits = String(value).length): ScheduleToken => ({ kind: 'number', value, digits });
const month = (value: number): ScheduleToken => ({ kind: 'month', month: value });
const word = (value: string): ScheduleToken => ({ kind: 'word', word: value });
const date = (year: number | null, monthValue: number, day: number): ScheduleToken => ({
  kind: 'date',
  year,
  month: monthValue,
  day,
});

describe('tokeniseSchedule', () => {
  it.each<[string, ScheduleToken[]]>([
    ['15 de julio de 2024', [num(15), word('de'), month(7 /* Jul */), word('de'), num(2024)]],
    ['junio 30, 2025', [month(6 /* Jun */), num(30), num(2025)]],
    ['15 dic. 2024', [num(15), month(12 /* Dec */), num(2024)]],
    ['31-mar-2025', [num(31), month(3 /* Mar */), num(2025)]],
    ['30/04/2025', [date(2025, 4 /* Apr */, 30)]],
    ['30-04-2025', [date(2025, 4 /* Apr */, 30)]],
    ['30/04/25', [date(2025, 4 /* Apr */, 30)]],
    ['30/04', [date(null, 4 /* Apr */, 30)]],
    ['2025-08-31', [date(2025, 8 /* Aug */, 31)]],
    ['2025-8-5', [date(2025, 8 /* Aug */, 5)]],
    ['01/02/2025', [date(2025, 2 /* Feb */, 1)]],
    ['30/04-2025', [date(null, 4 /* Apr */, 30), num(2025)]], // mixed separators are not one date
    ['2024-2027', [num(2024), num(2027)]],
    ['05 de junio', [num(5, 2), word('de'), month(6 /* Jun */)]],
    ['sept set septiembre sep', [month(9), month(9), month(9), month(9)]],
    ['ene feb mar abr may jun jul ago oct nov dic', [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12].map(month)],
    ['30 de junio; 15 de diciembre', [num(30), word('de'), month(6), num(15), word('de'), month(12)]],
    ['por definir', [word('por'), word('definir')]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(tokeniseSchedule(text)).toEqual(expected);
  });
});
