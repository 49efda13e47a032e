import { describe, expect, it } from 'vitest';
import { type DateSegment, readDateSegments } from '../../../src/domain/schedule/readDateSegments.js';
import { tokeniseSchedule } from '../../../src/domain/schedule/tokeniseSchedule.js';

const on = (day: number | null, month: number, year: number | null = null) => ({ year, month, day });
const single = (date: ReturnType<typeof on>): DateSegment => ({ kind: 'single', date });
const range = (from: ReturnType<typeof on>, to: ReturnType<typeof on>): DateSegment => ({ kind: 'range', from, to });

// Input goes through the tokeniser so cases read as the normalised text users write.
describe('readDateSegments', () => {
  it.each<[string, DateSegment[] | null]>([
    ['15 de julio de 2024', [single(on(15, 7 /* Jul */, 2024))]],
    ['15 diciembre de 2024', [single(on(15, 12 /* Dec */, 2024))]],
    ['junio 30 de 2025', [single(on(30, 6 /* Jun */, 2025))]],
    ['diciembre de 2025', [single(on(null, 12 /* Dec */, 2025))]],
    ['diciembre 2025', [single(on(null, 12 /* Dec */, 2025))]],
    ['1 de julio', [single(on(1, 7 /* Jul */))]],
    ['30/04/2025', [single(on(30, 4 /* Apr */, 2025))]],
    [
      '30 de junio de 2024 15 de diciembre de 2024',
      [single(on(30, 6 /* Jun */, 2024)), single(on(15, 12 /* Dec */, 2024))],
    ],
    [
      '15 de marzo, 15 de julio y 15 de noviembre de 2025',
      [single(on(15, 3 /* Mar */)), single(on(15, 7 /* Jul */)), single(on(15, 11 /* Nov */, 2025))],
    ],
    ['5 de junio al 15 de diciembre de 2024', [range(on(5, 6 /* Jun */), on(15, 12 /* Dec */, 2024))]],
    ['desde el 1 de marzo hasta el 30 de junio de 2025', [range(on(1, 3 /* Mar */), on(30, 6 /* Jun */, 2025))]],
    ['de 1 de febrero al 30 de noviembre de 2025', [range(on(1, 2 /* Feb */), on(30, 11 /* Nov */, 2025))]],
    ['marzo a junio de 2025', [range(on(null, 3 /* Mar */), on(null, 6 /* Jun */, 2025))]],
    ['por definir', null],
    ['n/a', null],
    ['2025', null],
    ['15 de', null],
    ['15 de julio al', null],
    ['15 de julio de 2024 informe', null],
    ['de', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(readDateSegments(tokeniseSchedule(text))).toEqual(expected);
  });
});
