import type ExcelJS from 'exceljs';
import type { Status } from '../domain/types.js';
import {
  COLUMN_HEADERS,
  HEADER_LABELS,
  type PlanSheet,
  type SheetAmount,
  type SheetRow,
  spreadsheetNumber,
  storedValue,
  TOTAL_LABEL,
} from './sheet.js';

/** Where each part of the sheet goes (1-based rows), as in the planning office's own template. */
export const LAYOUT = {
  titleRow: 1,
  subtitleRow: 2,
  entityRow: 4,
  labelsRow: 5,
  valuesRow: 6,
  tableHeaderRow: 8,
  firstActivityRow: 9,
} as const;

/** Column numbers (1-based) by header, so formulas and tests name columns instead of counting. */
export const COLUMN = {
  subcomponent: 1,
  id: 2,
  activity: 3,
  product: 4,
  responsible: 5,
  schedule: 6,
  target: 7,
  progress: 8,
  description: 9,
  compliance: 10,
} as const;

/** The template's column widths, in characters. */
const COLUMN_WIDTHS = [30, 8, 50, 30, 35, 22, 11, 12, 45, 16];

/**
 * The header block's fields, each over the columns it spans: "Objetivo General" is the longest prose
 * and its own column (the table's ID) is narrow, so it takes the next one too. The importer reads a
 * label's value under its first column, merged or not.
 */
const HEADER_BLOCK_SPANS = [[1], [2, 3], [4], [5], [6], [7, 8]] as const;

/**
 * Printing as a control office prints: landscape on letter paper (the size Colombian offices use), the
 * table one page wide however long it runs, its header row on every page, and page numbers.
 */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  printTitlesRow: `${LAYOUT.tableHeaderRow}:${LAYOUT.tableHeaderRow}`,
};
const PAGE_FOOTER = 'Página &P de &N';

/**
 * Neither Excel nor LibreOffice grows a row to its wrapped text when opening a file, so each row gets
 * the height its longest cell needs. Characters per line are estimated low (one per unit of column
 * width, narrow enough for wider fallback fonts), so text may leave a little space but is never cut.
 */
const CHARACTERS_PER_WIDTH = 1;
const BOLD_WIDTH = 0.8;
const POINTS_PER_LINE = 15;
const ROW_PADDING = 4;
const TITLE_ROW_HEIGHT = 24;

/** Excel's own "Good / Neutral / Bad" cell styles: familiar to anyone who colours a tracking sheet. */
export const STATUS_FILLS: Record<Status, string> = { red: 'FFFFC7CE', yellow: 'FFFFEB9C', green: 'FFC6EFCE' };
const HEADER_FILL = 'FFD9E1F2';

const thin = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function columnLetter(column: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + column - 1);
}

/**
 * Number formats in Colombian Spanish ([$-240A] is es-CO): the viewer's own separators in Excel,
 * "1.234,5" in LibreOffice whatever its locale. A figure shows the decimals it has, no more.
 */
const ES_CO = '[$-240A]';

function decimalsOf(value: number): number {
  const text = String(spreadsheetNumber(Math.abs(value)));
  if (/e/i.test(text)) return 0;
  return text.split('.')[1]?.length ?? 0;
}

export function countFormat(value: number): string {
  const decimals = decimalsOf(value);
  return `${ES_CO}#,##0${decimals === 0 ? '' : `.${'0'.repeat(decimals)}`}`;
}

/** A percentage shows its decimals only when it has them: "100 %", "12,5 %". */
export function percentFormat(fraction: number): string {
  return `${ES_CO}${Number.isInteger(Math.round(fraction * 1e9) / 1e7) ? '0%' : '0.0#%'}`;
}

function writeAmount(cell: ExcelJS.Cell, amount: SheetAmount): void {
  const value = storedValue(amount);
  cell.value = value;
  cell.numFmt = amount.unit === 'percent' ? percentFormat(value) : countFormat(value);
}

/** Lines one paragraph takes when wrapped at word boundaries, as a spreadsheet wraps it. */
function paragraphLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  // Spreadsheets also break after a hyphen: "Planeación-Secretaría" wraps as two words.
  for (const word of paragraph.split(/\s+|(?<=-)/).filter((w) => w !== '')) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    // A word longer than the line is broken across lines.
    lines += used === 0 ? 0 : 1;
    lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** Lines a text needs in a column of `width` characters (bold text is wider), each of its lines wrapped. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH * (bold ? BOLD_WIDTH : 1)));
  return text.split('\n').reduce((sum, line) => sum + paragraphLines(line, perLine), 0);
}

function heightFor(lines: number): number {
  return lines * POINTS_PER_LINE + ROW_PADDING;
}

function spanWidth(columns: readonly number[]): number {
  return columns.reduce((sum, column) => sum + (COLUMN_WIDTHS[column - 1] ?? 0), 0);
}

function textOf(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value : '';
}

/** The height the row's unmerged text cells need (merged ones are measured over their span). */
function fitRowHeight(sheet: ExcelJS.Worksheet, rowNumber: number, skipColumns: readonly number[] = []): void {
  let lines = 1;
  for (let column = 1; column <= COLUMN_HEADERS.length; column++) {
    if (skipColumns.includes(column)) continue;
    const cell = sheet.getCell(rowNumber, column);
    lines = Math.max(lines, wrappedLines(textOf(cell), spanWidth([column]), cell.font?.bold === true));
  }
  sheet.getRow(rowNumber).height = heightFor(lines);
}

/** A merged subcomponent cell spans its group's rows; the last row grows if together they are too short. */
function fitMergedHeight(sheet: ExcelJS.Worksheet, firstRow: number, lastRow: number, column: number): void {
  const needed = heightFor(wrappedLines(textOf(sheet.getCell(firstRow, column)), spanWidth([column])));
  let total = 0;
  for (let row = firstRow; row <= lastRow; row++) total += sheet.getRow(row).height ?? heightFor(1);
  if (total < needed) {
    const last = sheet.getRow(lastRow);
    last.height = (last.height ?? heightFor(1)) + needed - total;
  }
}

function writeHeaderBlock(sheet: ExcelJS.Worksheet, plan: PlanSheet): void {
  const lastColumn = COLUMN_HEADERS.length;
  sheet.getCell(LAYOUT.titleRow, 1).value = plan.title;
  sheet.mergeCells(LAYOUT.titleRow, 1, LAYOUT.titleRow, lastColumn);
  sheet.getCell(LAYOUT.titleRow, 1).font = { bold: true, size: 14 };
  sheet.getCell(LAYOUT.titleRow, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(LAYOUT.titleRow).height = TITLE_ROW_HEIGHT;
  sheet.getCell(LAYOUT.subtitleRow, 1).value = plan.subtitle;
  sheet.mergeCells(LAYOUT.subtitleRow, 1, LAYOUT.subtitleRow, lastColumn);
  sheet.getCell(LAYOUT.subtitleRow, 1).alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(LAYOUT.subtitleRow).height = heightFor(
    wrappedLines(plan.subtitle, spanWidth(COLUMN_WIDTHS.map((_, i) => i + 1))),
  );

  sheet.getCell(LAYOUT.entityRow, 1).value = HEADER_LABELS.entity;
  sheet.getCell(LAYOUT.entityRow, 1).font = { bold: true };
  sheet.getCell(LAYOUT.entityRow, 2).value = plan.header.entity;
  const { header } = plan;
  const block = [
    [HEADER_LABELS.challenge, header.challenge],
    [HEADER_LABELS.objective, header.objective],
    [HEADER_LABELS.challengeGoal, header.challengeGoal],
    [HEADER_LABELS.indicator, header.indicator],
    [HEADER_LABELS.from, header.from],
    [HEADER_LABELS.to, header.to],
  ] as const;
  let lines = 1;
  block.forEach(([label, value], index) => {
    const columns = HEADER_BLOCK_SPANS[index] ?? [index + 1];
    const first = columns[0] ?? index + 1;
    const last = columns[columns.length - 1] ?? first;
    const labelCell = sheet.getCell(LAYOUT.labelsRow, first);
    labelCell.value = label;
    labelCell.font = { bold: true };
    labelCell.fill = solid(HEADER_FILL);
    labelCell.border = BORDER;
    const valueCell = sheet.getCell(LAYOUT.valuesRow, first);
    // An empty field stays an empty cell, which the importer reads as "not given".
    if (value !== '') valueCell.value = value;
    valueCell.alignment = WRAP;
    valueCell.border = BORDER;
    if (last > first) {
      sheet.mergeCells(LAYOUT.labelsRow, first, LAYOUT.labelsRow, last);
      sheet.mergeCells(LAYOUT.valuesRow, first, LAYOUT.valuesRow, last);
    }
    lines = Math.max(lines, wrappedLines(value, spanWidth(columns)));
    lines = Math.max(lines, wrappedLines(label, spanWidth(columns), true));
  });
  sheet.getRow(LAYOUT.valuesRow).height = heightFor(lines);
}

function writeTableHeader(sheet: ExcelJS.Worksheet): void {
  COLUMN_HEADERS.forEach((text, index) => {
    const cell = sheet.getCell(LAYOUT.tableHeaderRow, index + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = solid(HEADER_FILL);
    cell.alignment = { ...WRAP, horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });
  fitRowHeight(sheet, LAYOUT.tableHeaderRow);
}

function writeStatus(cell: ExcelJS.Cell, status: Status): void {
  cell.fill = solid(STATUS_FILLS[status]);
  cell.numFmt = `${ES_CO}0%`;
}

function writeActivity(sheet: ExcelJS.Worksheet, rowNumber: number, subcomponent: string, row: SheetRow): void {
  const cell = (column: number) => sheet.getCell(rowNumber, column);
  cell(COLUMN.subcomponent).value = subcomponent;
  // Text, not a number: as a number 1.10 would become 1.1 and collide with it.
  cell(COLUMN.id).value = row.id;
  cell(COLUMN.activity).value = row.title;
  cell(COLUMN.product).value = row.product;
  cell(COLUMN.responsible).value = row.responsible;
  cell(COLUMN.schedule).value = row.schedule;
  writeAmount(cell(COLUMN.target), row.target);
  writeAmount(cell(COLUMN.progress), row.progress);
  cell(COLUMN.description).value = row.description;
  const target = `${columnLetter(COLUMN.target)}${rowNumber}`;
  const progress = `${columnLetter(COLUMN.progress)}${rowNumber}`;
  cell(COLUMN.compliance).value = {
    formula: `IF(${target}=0,0,MIN(1,${progress}/${target}))`,
    result: row.ratio,
  };
  writeStatus(cell(COLUMN.compliance), row.status);
  for (let column = 1; column <= COLUMN_HEADERS.length; column++) {
    cell(column).alignment = WRAP;
    cell(column).border = BORDER;
  }
  fitRowHeight(sheet, rowNumber, [COLUMN.subcomponent]);
}

function writeTotals(sheet: ExcelJS.Worksheet, plan: PlanSheet, firstRow: number, lastRow: number): void {
  const totalsRow = lastRow + 2;
  const cell = (column: number) => sheet.getCell(totalsRow, column);
  const range = (column: number) =>
    `${columnLetter(column)}${firstRow}:${columnLetter(column)}${Math.max(lastRow, firstRow)}`;
  cell(COLUMN.subcomponent).value = TOTAL_LABEL;
  cell(COLUMN.target).value = { formula: `SUM(${range(COLUMN.target)})`, result: plan.totals.target };
  cell(COLUMN.target).numFmt = countFormat(plan.totals.target);
  cell(COLUMN.progress).value = { formula: `SUM(${range(COLUMN.progress)})`, result: plan.totals.progress };
  cell(COLUMN.progress).numFmt = countFormat(plan.totals.progress);
  cell(COLUMN.compliance).value = { formula: `AVERAGE(${range(COLUMN.compliance)})`, result: plan.totals.ratio };
  writeStatus(cell(COLUMN.compliance), plan.totals.status);
  for (const column of [COLUMN.subcomponent, COLUMN.target, COLUMN.progress, COLUMN.compliance]) {
    cell(column).font = { bold: true };
  }
}

/** The tracking sheet as an Excel workbook of one sheet. */
export async function writeXlsx(plan: PlanSheet): Promise<Buffer> {
  // Loaded on the first export, not at start-up: exceljs is more than 15 MB of resident memory.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Rinde';
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: 'frozen', ySplit: LAYOUT.tableHeaderRow }],
    pageSetup: PAGE_SETUP,
    headerFooter: { oddFooter: `&C${PAGE_FOOTER}` },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  writeHeaderBlock(sheet, plan);
  writeTableHeader(sheet);
  let rowNumber = LAYOUT.firstActivityRow;
  for (const group of plan.groups) {
    const groupStart = rowNumber;
    for (const row of group.rows) writeActivity(sheet, rowNumber++, group.subcomponent, row);
    if (rowNumber - 1 > groupStart) {
      sheet.mergeCells(groupStart, COLUMN.subcomponent, rowNumber - 1, COLUMN.subcomponent);
    }
    fitMergedHeight(sheet, groupStart, rowNumber - 1, COLUMN.subcomponent);
  }
  writeTotals(sheet, plan, LAYOUT.firstActivityRow, rowNumber - 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
