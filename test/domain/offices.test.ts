import { describe, expect, it } from 'vitest';
import { officeDisplayName, officeKey, splitOffices, unifyOfficeSpellings } from '../../src/domain/offices.js';

describe('splitOffices', () => {
  it.each<[string, string, string[]]>([
    ['one office', 'Oficina de prensa', ['Oficina de prensa']],
    [
      'a spaced hyphen',
      'Dependencia que rinde cuentas - Oficina Asesora de Planeación',
      ['Dependencia que rinde cuentas', 'Oficina Asesora de Planeación'],
    ],
    [
      'hyphens with no spaces, a comma and a final full stop',
      'Dependencia que rinde cuentas - Oficina Asesora de Planeación-Secretaría de Desarrollo Económico-Secretaría de Infraestructura-Secretaría de Gobierno-Secretaría de Desarrollo Social-Secretaría de Hacienda-Secretaría General, Oficina asesora jurídica.',
      [
        'Dependencia que rinde cuentas',
        'Oficina Asesora de Planeación',
        'Secretaría de Desarrollo Económico',
        'Secretaría de Infraestructura',
        'Secretaría de Gobierno',
        'Secretaría de Desarrollo Social',
        'Secretaría de Hacienda',
        'Secretaría General',
        'Oficina asesora jurídica',
      ],
    ],
    [
      'no separator at all',
      'Oficina Asesora de Planeación Oficina de prensa',
      ['Oficina Asesora de Planeación', 'Oficina de prensa'],
    ],
    [
      'counts in brackets',
      'Dependencia que rinde cuentas - Oficina asesora de Planeación (1) Secretaría de Desarrollo Económico (1) Secretaría de Infraestructura (1) Secretaría de Gobierno (1) Secretaría de Desarrollo Social (1)',
      [
        'Dependencia que rinde cuentas',
        'Oficina asesora de Planeación',
        'Secretaría de Desarrollo Económico',
        'Secretaría de Infraestructura',
        'Secretaría de Gobierno',
        'Secretaría de Desarrollo Social',
      ],
    ],
    [
      '"y" before a lower-case head-word',
      'Oficina asesora de Planeación y oficina de atención al ciudadano',
      ['Oficina asesora de Planeación', 'oficina de atención al ciudadano'],
    ],
    ['a name with no head-word', 'Equipo lider de rendición de cuentas', ['Equipo lider de rendición de cuentas']],
    [
      'two secretariats joined by a hyphen',
      'Secretaría de Desarrollo Económico-Secretaría de Infraestructura',
      ['Secretaría de Desarrollo Económico', 'Secretaría de Infraestructura'],
    ],
    ['semicolons and line breaks', 'Planeación; Prensa\nHacienda', ['Planeación', 'Prensa', 'Hacienda']],
    ['a repeated office', 'Oficina de prensa - oficina de Prensa', ['Oficina de prensa']],
    ['an empty cell', '  ', []],
  ])('splits %s', (_case, text, offices) => {
    expect(splitOffices(text)).toEqual(offices);
  });

  it.each([
    'Secretaría de Cultura y Turismo',
    'Secretaría de Desarrollo Socio-económico',
    'Oficina de la Unidad de Víctimas',
    'Despacho del Alcalde',
    'Secretaría de Educación, Cultura y Deporte',
  ])('keeps %j whole', (name) => {
    expect(splitOffices(name)).toEqual([name]);
  });

  it('splits before a head-word only when it is capitalised and no connector precedes it', () => {
    expect(splitOffices('Secretaría de Gobierno Inspección de Policía')).toEqual([
      'Secretaría de Gobierno',
      'Inspección de Policía',
    ]);
    expect(splitOffices('Jefe de oficina de prensa')).toEqual(['Jefe de oficina de prensa']);
  });
});

describe('officeKey', () => {
  it('ignores case, accents, spacing and a final full stop', () => {
    expect(officeKey('Oficina  Asesora de Planeación')).toBe(officeKey('oficina asesora de planeacion.'));
  });
});

describe('officeDisplayName', () => {
  it('capitalises the first letter and keeps the rest as written', () => {
    expect(officeDisplayName('oficina de atención al ciudadano')).toBe('Oficina de atención al ciudadano');
  });
});

describe('unifyOfficeSpellings', () => {
  it('gives every spelling of an office the first one seen', () => {
    const result = unifyOfficeSpellings([
      ['Oficina Asesora de Planeación', 'oficina de prensa'],
      ['Oficina asesora de Planeación', 'Oficina de Prensa'],
    ]);
    expect(result).toEqual({
      lists: [
        ['Oficina Asesora de Planeación', 'Oficina de prensa'],
        ['Oficina Asesora de Planeación', 'Oficina de prensa'],
      ],
      offices: ['Oficina Asesora de Planeación', 'Oficina de prensa'],
    });
  });
});
