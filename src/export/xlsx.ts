import type ExcelJS from 'exceljs';
import type { Status } from '../domain/types.js';
import {
  COLUMN_HEADERS,
  HEADER_LABELS,
  type PlanSheet,
  type SheetAmount,
  type SheetRow,
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

/** A percentage shows its decimals only when it has them: "100%", "12.5%". */
function percentFormat(fraction: number): string {
  return Number.isInteger(Math.round(fraction * 1e9) / 1e7) ? '0%' : '0.0#%';
}

function writeAmount(cell: ExcelJS.Cell, amount: SheetAmount): void {
  const value = storedValue(amount);
  cell.value = value;
  if (amount.unit === 'percent') cell.numFmt = percentFormat(value);
}

function writeHeaderBlock(sheet: ExcelJS.Worksheet, plan: PlanSheet): void {
  const lastColumn = COLUMN_HEADERS.length;
  sheet.getCell(LAYOUT.titleRow, 1).value = plan.title;
  sheet.mergeCells(LAYOUT.titleRow, 1, LAYOUT.titleRow, lastColumn);
  sheet.getCell(LAYOUT.titleRow, 1).font = { bold: true, size: 14 };
  sheet.getCell(LAYOUT.titleRow, 1).alignment = { horizontal: 'center' };
  sheet.getCell(LAYOUT.subtitleRow, 1).value = plan.subtitle;
  sheet.mergeCells(LAYOUT.subtitleRow, 1, LAYOUT.subtitleRow, lastColumn);
  sheet.getCell(LAYOUT.subtitleRow, 1).alignment = { horizontal: 'center' };

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
  block.forEach(([label, value], index) => {
    const labelCell = sheet.getCell(LAYOUT.labelsRow, index + 1);
    labelCell.value = label;
    labelCell.font = { bold: true };
    labelCell.fill = solid(HEADER_FILL);
    labelCell.border = BORDER;
    const valueCell = sheet.getCell(LAYOUT.valuesRow, index + 1);
    // An empty field stays an empty cell, which the importer reads as "not given".
    if (value !== '') valueCell.value = value;
    valueCell.alignment = WRAP;
    valueCell.border = BORDER;
  });
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
}

function writeStatus(cell: ExcelJS.Cell, status: Status): void {
  cell.fill = solid(STATUS_FILLS[status]);
  cell.numFmt = '0%';
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
}

function writeTotals(sheet: ExcelJS.Worksheet, plan: PlanSheet, firstRow: number, lastRow: number): void {
  const totalsRow = lastRow + 2;
  const cell = (column: number) => sheet.getCell(totalsRow, column);
  const range = (column: number) =>
    `${columnLetter(column)}${firstRow}:${columnLetter(column)}${Math.max(lastRow, firstRow)}`;
  cell(COLUMN.subcomponent).value = TOTAL_LABEL;
  cell(COLUMN.target).value = { formula: `SUM(${range(COLUMN.target)})`, result: plan.totals.target };
  cell(COLUMN.progress).value = { formula: `SUM(${range(COLUMN.progress)})`, result: plan.totals.progress };
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
  }
  writeTotals(sheet, plan, LAYOUT.firstActivityRow, rowNumber - 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
