import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  isAcronym,
  type OfficeDirectory,
  officeDisplayName,
  officeKey,
  readResponsibleCells,
  splitOffices,
} from '../../src/domain/offices.js';

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

describe('readResponsibleCells', () => {
  const PLANEACION = 'Oficina Asesora de Planeación';
  const GOBIERNO = 'Secretaría de Gobierno y Participación Comunitaria';
  const none: OfficeDirectory = { offices: [], aliases: [] };

  it('gives every spelling of an office (case, accents, spacing) its most used spelling, not one in capitals', () => {
    const result = readResponsibleCells(
      [
        'OFICINA ASESORA DE PLANEACIÓN',
        'oficina asesora de planeacion',
        PLANEACION,
        ` ${PLANEACION}  `,
        'Oficina de prensa',
      ],
      none,
    );
    expect(result.offices).toEqual([PLANEACION, 'Oficina de prensa']);
    expect(result.lists).toEqual([[PLANEACION], [PLANEACION], [PLANEACION], [PLANEACION], ['Oficina de prensa']]);
    expect(result.notes).toEqual([]);
  });

  it('on a tie, prefers a spelling the sheet writes with a capital first letter', () => {
    expect(readResponsibleCells(['oficina de prensa', 'Oficina de Prensa'], none).offices).toEqual([
      'Oficina de Prensa',
    ]);
  });

  it('shows a stored office by its stored name, however the sheet spells it', () => {
    const result = readResponsibleCells(['oficina asesora de planeacion', 'OFICINA ASESORA DE PLANEACION'], {
      offices: [PLANEACION],
      aliases: [],
    });
    expect(result.offices).toEqual([PLANEACION]);
  });

  it('maps an acronym through the alias list only, with or without full stops', () => {
    const directory = { offices: [], aliases: [{ alias: 'OAP', office: PLANEACION }] };
    const result = readResponsibleCells(['OAP', 'O.A.P.', 'Oap'], directory);
    expect(result.lists).toEqual([[PLANEACION], [PLANEACION], [PLANEACION]]);
    expect(result.notes).toEqual([]);
  });

  it('keeps an acronym with no alias as written and names it in a note', () => {
    const result = readResponsibleCells(['OTIC, OAP y GTH'], {
      offices: [],
      aliases: [{ alias: 'OAP', office: PLANEACION }],
    });
    expect(result.lists).toEqual([['OTIC', PLANEACION, 'GTH']]);
    expect(result.notes).toEqual([
      { kind: 'unknown-acronym', cell: 0, acronym: 'OTIC' },
      { kind: 'unknown-acronym', cell: 0, acronym: 'GTH' },
    ]);
  });

  it('does not take an office word in capitals for an acronym', () => {
    expect(readResponsibleCells(['GERENCIA'], none).notes).toEqual([]);
  });

  it.each<[string, string, OfficeDirectory, string[]]>([
    [
      'commas, "y", " - ", "–", ";", line breaks and counts',
      'A (1) B; C\nD – E - F',
      none,
      ['A', 'B', 'C', 'D', 'E', 'F'],
    ],
    [
      'a "y" between two stored offices',
      'Planeación y Hacienda',
      { offices: ['Planeación', 'Hacienda'], aliases: [] },
      ['Planeación', 'Hacienda'],
    ],
    [
      'a comma list of stored offices and an alias',
      'Planeación, Hacienda y OAP',
      { offices: ['Planeación', 'Hacienda'], aliases: [{ alias: 'OAP', office: PLANEACION }] },
      ['Planeación', 'Hacienda', PLANEACION],
    ],
    [
      'a "y" before an office head-word, known or not',
      `${PLANEACION} y Secretaría de Hacienda`,
      none,
      [PLANEACION, 'Secretaría de Hacienda'],
    ],
  ])('splits %s', (_case, text, directory, offices) => {
    expect(readResponsibleCells([text], directory).lists).toEqual([offices]);
  });

  it('never breaks a name with "y" when nothing known says it is two offices', () => {
    const result = readResponsibleCells([GOBIERNO, 'Subgerencia Administrativa y Financiera'], none);
    expect(result.lists).toEqual([[GOBIERNO], ['Subgerencia Administrativa y Financiera']]);
    expect(result.notes).toEqual([]);
  });

  it('keeps a stored name with "y" whole, even when its parts are offices too', () => {
    const result = readResponsibleCells([GOBIERNO], {
      offices: [GOBIERNO, 'Secretaría de Gobierno', 'Participación Comunitaria'],
      aliases: [],
    });
    expect(result.lists).toEqual([[GOBIERNO]]);
  });

  it('keeps a name whole when only part of it is known, and says so', () => {
    const result = readResponsibleCells([GOBIERNO], { offices: ['Secretaría de Gobierno'], aliases: [] });
    expect(result.lists).toEqual([[GOBIERNO]]);
    expect(result.notes).toEqual([
      { kind: 'kept-whole', cell: 0, name: GOBIERNO, contains: ['Secretaría de Gobierno'] },
    ]);
  });

  it('keeps a comma list of unknown names whole, and says so', () => {
    const result = readResponsibleCells(['Secretaría de Educación, Cultura y Deporte'], none);
    expect(result.lists).toEqual([['Secretaría de Educación, Cultura y Deporte']]);
    expect(result.notes).toEqual([
      { kind: 'kept-whole', cell: 0, name: 'Secretaría de Educación, Cultura y Deporte', contains: [] },
    ]);
  });

  it('splits on names the sheet writes alone in other rows, and says what it split', () => {
    const result = readResponsibleCells(['Planeación', 'Comunicaciones', 'Planeación y Comunicaciones'], none);
    expect(result.lists[2]).toEqual(['Planeación', 'Comunicaciones']);
    expect(result.notes).toEqual([
      { kind: 'split-by-sheet', cell: 2, text: 'Planeación y Comunicaciones', parts: ['Planeación', 'Comunicaciones'] },
    ]);
  });

  it('prefers the fewest known names: a known name with "y" is not broken into smaller known ones', () => {
    const result = readResponsibleCells(['Cultura y Turismo, Hacienda'], {
      offices: ['Cultura y Turismo', 'Cultura', 'Turismo', 'Hacienda'],
      aliases: [],
    });
    expect(result.lists).toEqual([['Cultura y Turismo', 'Hacienda']]);
  });

  it('an alias for a whole name keeps it whole', () => {
    const name = 'Planeación y Comunicaciones';
    const result = readResponsibleCells(['Planeación', 'Comunicaciones', name], {
      offices: [],
      aliases: [{ alias: name, office: name }],
    });
    expect(result.lists[2]).toEqual([name]);
    expect(result.notes).toEqual([]);
  });

  it('shows an aliased office as the alias list writes it when it is not stored', () => {
    const result = readResponsibleCells(['OAP', 'oficina asesora de planeacion'], {
      offices: [],
      aliases: [{ alias: 'OAP', office: PLANEACION }],
    });
    expect(result.offices).toEqual([PLANEACION]);
  });
});

describe('aliasKey and isAcronym', () => {
  it('matches an alias ignoring case and full stops', () => {
    expect(aliasKey('O.A.P.')).toBe(aliasKey('oap'));
  });

  it.each<[string, boolean]>([
    ['OAP', true],
    ['O.A.P.', true],
    ['SIAU', true],
    ['Oap', false],
    ['GERENCIA', false],
    ['A', false],
    ['Secretaría TIC', false],
  ])('%s is an acronym: %s', (text, expected) => {
    expect(isAcronym(text)).toBe(expected);
  });
});
