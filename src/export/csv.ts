import { neutraliseFormula } from '../domain/formulaText.js';
import { COLUMN_HEADERS, HEADER_LABELS, type PlanSheet, type SheetAmount, TOTAL_LABEL } from './sheet.js';

/**
 * The tracking sheet as CSV the way Excel saves it in Spanish: semicolons (the comma is the decimal
 * separator), UTF-8 with a byte-order mark so accents survive, CRLF line ends.
 */
export const CSV_DELIMITER = ';';
const LINE_END = '\r\n';
const BOM = '\uFEFF';

// Commas are quoted too although the delimiter is ';': a reader that guesses the delimiter by
// counting (Rinde's importer among them) must not count the ones inside prose.
const NEEDS_QUOTES = /[;,"\r\n]|^\s|\s$/;

/** A figure Rinde wrote itself ("-5", "12,5%"): written as it is, so a spreadsheet reads a number. */
export interface CsvNumber {
  number: string;
}

/** A text field, or one of Rinde's own figures. */
export type CsvCell = string | CsvNumber;

/**
 * One field, quoted only when it must be, with inner quotes doubled (RFC 4180). Text a spreadsheet
 * would run as a formula ("=1+1", "@SUM(1)", "-1+2") gets an apostrophe first, as OWASP advises:
 * titles and notes come from people and from imported sheets. Figures are never escaped.
 */
export function csvField(cell: CsvCell): string {
  const text = typeof cell === 'string' ? neutraliseFormula(cell) : cell.number;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly CsvCell[]): string {
  return fields.map(csvField).join(CSV_DELIMITER);
}

/** Every digit JavaScript needs to read the same number back, with a decimal comma and no exponent. */
export function csvNumber(value: number): string {
  const plain = /e/i.test(String(value)) ? value.toFixed(20).replace(/\.?0+$/, '') : String(value);
  return plain.replace('.', ',');
}

function amountCell(amount: SheetAmount): CsvNumber {
  return { number: amount.unit === 'percent' ? `${csvNumber(amount.value)}%` : csvNumber(amount.value) };
}

function percentCell(ratio: number): CsvNumber {
  return { number: `${Math.round(ratio * 100)}%` };
}

function sheetLines(plan: PlanSheet): CsvCell[][] {
  const { header } = plan;
  const lines: CsvCell[][] = [
    [plan.title],
    [plan.subtitle],
    [],
    [HEADER_LABELS.entity, header.entity],
    [
      HEADER_LABELS.challenge,
      HEADER_LABELS.objective,
      HEADER_LABELS.challengeGoal,
      HEADER_LABELS.indicator,
      HEADER_LABELS.from,
      HEADER_LABELS.to,
    ],
    [header.challenge, header.objective, header.challengeGoal, header.indicator, header.from, header.to],
    [],
    [...COLUMN_HEADERS],
  ];
  for (const group of plan.groups) {
    group.rows.forEach((row, index) => {
      // A blank subcomponent continues the one above, as when Excel saves merged cells.
      lines.push([
        index === 0 ? group.subcomponent : '',
        row.id,
        row.title,
        row.product,
        row.responsible,
        row.schedule,
        amountCell(row.target),
        amountCell(row.progress),
        row.description,
        percentCell(row.ratio),
      ]);
    });
  }
  const { totals } = plan;
  lines.push(
    [],
    [
      TOTAL_LABEL,
      '',
      '',
      '',
      '',
      '',
      { number: csvNumber(totals.target) },
      { number: csvNumber(totals.progress) },
      '',
      percentCell(totals.ratio),
    ],
  );
  return lines;
}

export function writeCsv(plan: PlanSheet): Buffer {
  const text = sheetLines(plan).map(csvLine).join(LINE_END);
  return Buffer.from(`${BOM}${text}${LINE_END}`, 'utf8');
}
