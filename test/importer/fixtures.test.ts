import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/text.js';
import { type ImportResult, importPlanFile } from '../../src/importer/index.js';
import { countFacts } from '../fixtures/plans/facts.js';
import { PLAN_FIXTURES, type PlanFixture } from '../fixtures/plans/index.js';
import { tempFolder } from './helpers.js';

const file = tempFolder();

/** What the planning office had registered before this import: its stored offices and its aliases. */
function knownOfficesOf(fixture: PlanFixture, entity: string) {
  const aliases = Object.entries(fixture.aliases ?? {}).map(([alias, office]) => ({ alias, office }));
  return { offices: fixture.knownOffices ?? [], aliasesByEntity: { [foldText(entity)]: aliases } };
}

// Every fixture reads in full, the national agency's acronyms through the aliases its planning office registered.
describe.each(PLAN_FIXTURES)('$name', (fixture) => {
  let result: ImportResult;
  beforeAll(async () => {
    const path = file(fixture.file);
    await fixture.write(path);
    // The aliases are the entity's, and the sheet says which entity it is: a first read tells.
    const first = await importPlanFile(path);
    const entity = first.ok ? first.plan.entity : '';
    result = await importPlanFile(path, { knownOffices: knownOfficesOf(fixture, entity) });
  });

  it('imports every fact the plan states', () => {
    const facts = countFacts(fixture, result);
    expect(facts.wrong).toEqual([]);
    expect(facts.right).toBe(facts.total);
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
