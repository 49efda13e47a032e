import { expect, it } from 'vitest';
import { EMPTY_OFFICE_DIRECTORY } from '../../src/domain/offices.js';
import { IssueLog } from '../../src/importer/issues.js';
import { readSheetOffices } from '../../src/importer/offices.js';

const cells = (texts: readonly string[]) =>
  texts.map((text, index) => ({ row: 10 + index, activityCode: `1.${index + 1}`, text }));

it('splits each responsible cell and spells one office one way across the plan', () => {
  const issues = new IssueLog();
  expect(
    readSheetOffices(
      cells([
        'Oficina de Comunicaciones\nSecretaría de Planeación',
        'secretaria de planeacion',
        'Despacho del Gobernador; Secretaría de Planeación',
        '',
      ]),
      EMPTY_OFFICE_DIRECTORY,
      issues,
    ),
  ).toEqual({
    lists: [
      ['Oficina de Comunicaciones', 'Secretaría de Planeación'],
      ['Secretaría de Planeación'],
      ['Despacho del Gobernador', 'Secretaría de Planeación'],
      [],
    ],
    offices: ['Oficina de Comunicaciones', 'Secretaría de Planeación', 'Despacho del Gobernador'],
  });
  expect(issues.warnings).toEqual([]);
});

it("reads the entity's aliases and says once, at its first row, which acronym has none", () => {
  const issues = new IssueLog();
  const read = readSheetOffices(
    cells(['OAP', 'GTH', 'GTH; OAP']),
    { offices: [], aliases: [{ alias: 'OAP', office: 'Oficina Asesora de Planeación' }] },
    issues,
  );
  expect(read.lists).toEqual([['Oficina Asesora de Planeación'], ['GTH'], ['GTH', 'Oficina Asesora de Planeación']]);
  expect(issues.warnings).toHaveLength(1);
  expect(issues.warnings[0]?.row).toBe(11);
  expect(issues.warnings[0]?.message).toContain('«GTH» (responsable de las actividades 1.2 y 1.3 (filas 11 y 12))');
  expect(issues.warnings[0]?.message).toContain('rinde offices alias GTH');
});
