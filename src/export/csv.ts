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

/** One field, quoted only when it must be, with inner quotes doubled (RFC 4180). */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(CSV_DELIMITER);
}

/** Every digit JavaScript needs to read the same number back, with a decimal comma and no exponent. */
export function csvNumber(value: number): string {
  const plain = /e/i.test(String(value)) ? value.toFixed(20).replace(/\.?0+$/, '') : String(value);
  return plain.replace('.', ',');
}

function amountText(amount: SheetAmount): string {
  return amount.unit === 'percent' ? `${csvNumber(amount.value)}%` : csvNumber(amount.value);
}

function percentText(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function sheetLines(plan: PlanSheet): string[][] {
  const { header } = plan;
  const lines: string[][] = [
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
        amountText(row.target),
        amountText(row.progress),
        row.description,
        percentText(row.ratio),
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
      csvNumber(totals.target),
      csvNumber(totals.progress),
      '',
      percentText(totals.ratio),
    ],
  );
  return lines;
}

export function writeCsv(plan: PlanSheet): Buffer {
  const text = sheetLines(plan).map(csvLine).join(LINE_END);
  return Buffer.from(`${BOM}${text}${LINE_END}`, 'utf8');
}
