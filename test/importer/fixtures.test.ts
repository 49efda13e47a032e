import { beforeAll, describe, expect, it } from 'vitest';
import { type ImportResult, importPlanFile } from '../../src/importer/index.js';
import { countFacts } from '../fixtures/plans/facts.js';
import { PLAN_FIXTURES } from '../fixtures/plans/index.js';
import { tempFolder } from './helpers.js';

const file = tempFolder();

// Gobernación (two-row header), PAAC (one header over two columns, component beside subcomponent) and the
// national agency (aliases, component column) still miss facts: they wait for the multi-row header and
// column-mapping stages and the office aliases (decision 011). Every other fixture must read in full.
const NOT_YET_READ = new Set(['gobernacion-boyaca.xlsx', 'paac-deportes.xlsx', 'agencia-participacion.xlsx']);
const READ_IN_FULL = PLAN_FIXTURES.filter((fixture) => !NOT_YET_READ.has(fixture.file));

describe.each(READ_IN_FULL)('$name', (fixture) => {
  let result: ImportResult;
  beforeAll(async () => {
    const path = file(fixture.file);
    await fixture.write(path);
    result = await importPlanFile(path);
  });

  it('imports every fact the plan states', () => {
    const facts = countFacts(fixture, result);
    expect(facts.wrong).toEqual([]);
    expect(facts.right).toBe(facts.total);
  });
});
