export type { Grid, GridRow, SheetCell } from './grid.js';
export { importPlanBytes, importPlanFile } from './importPlanFile.js';
export type { ColumnOverride, FieldSource } from './mapping.js';
export { formatColumnOverrides, parseColumnOverrides } from './mapping.js';
export { entityKey, parsePlanGrid, parsePlanSheets } from './parsePlanGrid.js';
export { PLAN_FILE_EXTENSIONS, readGrids, UnreadableFileError, unsupportedFileMessage } from './readGrid.js';
export { formatImportSummary } from './summary.js';
export type {
  ImportLayout,
  ImportOptions,
  ImportResult,
  ImportSummary,
  SubcomponentSummary,
  UnreadSchedule,
} from './types.js';
