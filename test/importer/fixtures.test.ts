import { beforeAll, describe, expect, it } from 'vitest';
import { type ImportResult, importPlanFile } from '../../src/importer/index.js';
import { countFacts } from '../fixtures/plans/facts.js';
import { PLAN_FIXTURES } from '../fixtures/plans/index.js';
import { tempFolder } from './helpers.js';

const file = tempFolder();

// The national agency writes offices as acronyms ("OAP") that only the office aliases (`rinde offices alias`,
// the offices stage) can expand: until they land, its office facts are the only ones allowed to be wrong.
const WAITING_FOR_ALIASES = new Set(['agencia-participacion.xlsx']);
const READ_IN_FULL = PLAN_FIXTURES.filter((fixture) => !WAITING_FOR_ALIASES.has(fixture.file));

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

describe.each(PLAN_FIXTURES.filter((fixture) => WAITING_FOR_ALIASES.has(fixture.file)))('$name', (fixture) => {
  it('imports every fact but the offices written as acronyms', async () => {
    const path = file(fixture.file);
    await fixture.write(path);
    const facts = countFacts(fixture, await importPlanFile(path));
    expect(facts.wrong.filter((line) => !line.includes(' dependencias: '))).toEqual([]);
    expect(facts.wrong.length).toBeLessThanOrEqual(4);
  });
});

describe('what the layouts say beside the plan', () => {
  it("leaves the control office's follow-up out of the ESE's activities", async () => {
    const fixture = PLAN_FIXTURES.find((candidate) => candidate.file === 'ese-san-rafael.csv');
    if (fixture === undefined) throw new Error('the ESE fixture is gone');
    const path = file(fixture.file);
    await fixture.write(path);
    const result = await importPlanFile(path);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    expect(result.plan.activities.map((activity) => activity.description)).toEqual(
      result.plan.activities.map(() => null),
    );
    expect(result.summary.ignoredHeaders).toEqual(['Seguimiento', 'Evidencia', 'Observaciones OCI', '% avance']);
  });

  it("says it read the plan's sheet, not the instructions before it", async () => {
    const fixture = PLAN_FIXTURES.find((candidate) => candidate.file === 'agencia-participacion.xlsx');
    if (fixture === undefined) throw new Error('the agency fixture is gone');
    const path = file(fixture.file);
    await fixture.write(path);
    const result = await importPlanFile(path);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    expect(result.summary).toMatchObject({ sheetName: 'PAAC 2025', otherSheets: ['Instructivo'], headerRows: [4] });
  });
});
