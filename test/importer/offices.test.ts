import { expect, it } from 'vitest';
import { readOffices } from '../../src/importer/offices.js';

it('splits each responsible cell and spells one office one way across the plan', () => {
  expect(
    readOffices([
      'Oficina de Comunicaciones\nSecretaría de Planeación',
      'secretaria de planeacion',
      'Despacho del Gobernador; Secretaría de Planeación',
      '',
    ]),
  ).toEqual({
    lists: [
      ['Oficina de Comunicaciones', 'Secretaría de Planeación'],
      ['Secretaría de Planeación'],
      ['Despacho del Gobernador', 'Secretaría de Planeación'],
      [],
    ],
    offices: ['Oficina de Comunicaciones', 'Secretaría de Planeación', 'Despacho del Gobernador'],
  });
});
