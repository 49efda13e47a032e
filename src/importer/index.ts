export type { Grid, GridRow, SheetCell } from './grid.js';
export { importPlanFile } from './importPlanFile.js';
export { parsePlanGrid, parsePlanSheets } from './parsePlanGrid.js';
export { readGrids, UnreadableFileError } from './readGrid.js';
export { formatImportSummary } from './summary.js';
export type { ImportOptions, ImportResult, ImportSummary, SubcomponentSummary, UnreadSchedule } from './types.js';
