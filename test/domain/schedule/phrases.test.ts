import { describe, expect, it } from 'vitest';
import { isContinuousPhrase, readPeriod } from '../../../src/domain/schedule/phrases.js';
import type { Period } from '../../../src/domain/types.js';

// Input is already normalised: lower case, no accents.
describe('readPeriod', () => {
  it.each<[string, Period | null]>([
    ['mensual', 'monthly'],
    ['mensualmente', 'monthly'],
    ['cada mes', 'monthly'],
    ['bimestral', 'bimonthly'],
    ['bimestralmente', 'bimonthly'],
    ['cada bimestre', 'bimonthly'],
    ['cada 2 meses', 'bimonthly'],
    ['trimestral', 'quarterly'],
    ['trimestralmente', 'quarterly'],
    ['cada trimestre', 'quarterly'],
    ['cada tres meses', 'quarterly'],
    ['trimestral.', 'quarterly'],
    ['de forma trimestral', 'quarterly'],
    ['en forma trimestral', 'quarterly'],
    ['cuatrimestral', 'four-monthly'],
    ['cada cuatrimestre', 'four-monthly'],
    ['cada cuatro meses', 'four-monthly'],
    ['semestral', 'semiannual'],
    ['semestralmente', 'semiannual'],
    ['cada semestre', 'semiannual'],
    ['cada seis meses', 'semiannual'],
    ['cada 6 meses', 'semiannual'],
    ['anual', 'annual'],
    ['anualmente', 'annual'],
    ['cada ano', 'annual'],
    ['cada doce meses', 'annual'],
    ['cada 5 meses', null],
    ['cada mes y medio', null],
    ['trimestral semestral', null],
    ['mente', null],
    ['permanente', null],
    ['15 de julio de 2024', null],
    ['', null],
  ])('%j → %s', (phrase, expected) => {
    expect(readPeriod(phrase)).toBe(expected);
  });
});

describe('isContinuousPhrase', () => {
  it.each<[string, boolean]>([
    ['permanente', true],
    ['permanentemente', true],
    ['de manera permanente', true],
    ['de forma permanente', true],
    ['en forma permanente', true],
    ['continuo', true],
    ['continua', true],
    ['continuamente', true],
    ['de manera continua', true],
    ['todo el ano', true],
    ['durante todo el ano', true],
    ['durante la vigencia', true],
    ['durante toda la vigencia', true],
    ['permanente.', true],
    ['permanente hasta diciembre', false],
    ['trimestral', false],
    ['de manera', false],
    ['', false],
  ])('%j → %s', (phrase, expected) => {
    expect(isContinuousPhrase(phrase)).toBe(expected);
  });
});
