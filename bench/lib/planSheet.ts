import ExcelJS from 'exceljs';
import { COLUMN_HEADERS } from '../../src/export/sheet.js';

// The plan spreadsheet the import benches read (bench/import.ts, bench/load.ts, bench/upload.ts): the flat layout Rinde
// exports, at any number of rows.

export const SUBCOMPONENTS = 5;
export const OFFICES = [
  'Oficina Asesora de Planeación',
  'Oficina de prensa',
  'Secretaría de Gobierno',
  'Secretaría de Hacienda',
];
export const SCHEDULES = [
  '30 de junio de 2025',
  'Trimestral',
  '15 de marzo, 15 de julio y 15 de noviembre de 2025',
  'Permanente',
  '31/10/2025',
];

/** `wording` goes into every activity's title: two files that differ in it update every row when re-imported. */
export function planBook(rows: number, wording = 'publicar y socializar'): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  sheet.addRow(['Entidad:', 'Alcaldía de Prueba de Carga', '', '', 'Plazo de la estrategia']);
  sheet.addRow(['Reto', 'Objetivo General', 'Meta del Reto', 'Indicador de Impacto', 'Desde', 'Hasta']);
  sheet.addRow(['Rendir cuentas', 'Informar y dialogar', '100 %', 'Cumplimiento', '2025-01-01', '2025-12-31']);
  sheet.addRow([]);
  // The planning office's own columns, as the exported sheet starts them; progress and compliance stay empty.
  sheet.addRow(COLUMN_HEADERS.slice(0, COLUMN_HEADERS.indexOf('Meta anual') + 1));
  const perSubcomponent = Math.ceil(rows / SUBCOMPONENTS);
  for (let row = 0; row < rows; row++) {
    const sub = Math.floor(row / perSubcomponent) + 1;
    const index = (row % perSubcomponent) + 1;
    sheet.addRow([
      index === 1 ? `${sub}. Subcomponente ${sub}` : '',
      `${sub}.${index}`,
      `Actividad ${sub}.${index}: ${wording} los avances de la gestión`,
      'Informe publicado',
      `${OFFICES[row % OFFICES.length]} - ${OFFICES[(row + 1) % OFFICES.length]}`,
      SCHEDULES[row % SCHEDULES.length],
      (row % 10) + 1,
    ]);
  }
  return book;
}

export async function writePlan(file: string, rows: number, wording?: string): Promise<void> {
  await planBook(rows, wording).xlsx.writeFile(file);
}
