import { splitOffices, unifyOfficeSpellings } from '../domain/offices.js';

/** Each activity's offices, and every office of the plan once, as the summary lists them. */
export interface OfficeReading {
  lists: string[][];
  offices: string[];
}

/**
 * The pipeline's offices stage, behind one call: each "Responsable" cell split into offices,
 * and the same office written several ways shown one way throughout the plan.
 */
export function readOffices(responsibleTexts: readonly string[]): OfficeReading {
  return unifyOfficeSpellings(responsibleTexts.map(splitOffices));
}
