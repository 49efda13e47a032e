import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/database.js';
import { rindeOn, scratchFolder } from '../../export/fixtures.js';
import { gobernacion } from '../../fixtures/plans/gobernacion.js';

const NOW = () => new Date('2025-03-05T15:00:00Z');

/** A plan whose headers Rinde cannot all guess: "Tarea" and "Encargado" name no column it knows. */
async function writeOddHeaders(path: string, year: number): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  sheet.addRow(['Entidad:', 'Personería de Sogamoso']);
  sheet.addRow([`Vigencia ${year}`]);
  sheet.addRow(['Número', 'Tarea', 'Cantidad', 'Encargado', 'Fecha']);
  sheet.addRow(['1.1', 'Publicar el informe', 1, 'Despacho del Personero', `30 de junio de ${year}`]);
  sheet.addRow(['1.2', 'Audiencia pública', 1, 'Despacho del Personero', `15 de diciembre de ${year}`]);
  await book.xlsx.writeFile(path);
}

async function planCount(databaseFile: string): Promise<number> {
  const database = await openDatabase(`file:${databaseFile}`);
  try {
    return await database.prisma.plan.count();
  } finally {
    await database.close();
  }
}

describe('rinde import on real layouts', () => {
  const folder = scratchFolder();
  const databaseFile = join(folder, 'rinde.db');
  const rinde = rindeOn(databaseFile, NOW);
  const gobernacionFile = join(folder, gobernacion.file);

  beforeAll(async () => {
    await gobernacion.write(gobernacionFile);
  });

  it('shows what --preview understood and writes nothing', async () => {
    const preview = await rinde('import', gobernacionFile, '--preview');
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('5 actividades (hoja «RdC», encabezados en las filas 4 y 5).');
    expect(preview.stdout).toContain('Vigencia: del 1 de enero de 2025 al 31 de diciembre de 2025.');
    expect(preview.stdout).toContain('  • id: columna B («Actividades / No.»)');
    expect(preview.stdout).toContain('  • fecha: columna H («Plazo / Fecha fin»)');
    expect(preview.stdout).toContain('  • 1. Información de calidad: 3 actividades');
    expect(preview.stdout).toContain('Al importar: se crea un plan nuevo para la vigencia 2025');
    expect(preview.stdout).toContain('Vista previa: no se guardó nada.');
    expect(await planCount(databaseFile)).toBe(0);
  });

  it('imports with --columns, remembers them for the entity, and forgets them on request', async () => {
    const first = join(folder, 'personeria-2025.xlsx');
    await writeOddHeaders(first, 2025);
    const guessed = await rinde('import', first);
    expect(guessed.code).toBe(1);
    expect(guessed.stderr).toContain('indique en qué columna está cada una con --columns');

    const given = await rinde('import', first, '--columns', 'id=A,actividad=Tarea,meta=C,responsable=D,fecha=E');
    expect(given.stderr).toBe('');
    expect(given.stdout).toContain('  • actividad: columna B («Tarea»), indicada con --columns');
    expect(given.stdout).toContain('Columnas guardadas para Personería de Sogamoso');

    const next = join(folder, 'personeria-2026.xlsx');
    await writeOddHeaders(next, 2026);
    const remembered = await rinde('import', next, '--preview');
    expect(remembered.code).toBe(0);
    expect(remembered.stdout).toContain(
      'Se usaron las columnas guardadas en una importación anterior (--columns id=A,actividad=Tarea,meta=C,responsable=D,fecha=E). Para volver a deducirlas de los encabezados: rinde import ARCHIVO --forget-columns.',
    );

    const forgotten = await rinde('import', next, '--forget-columns');
    expect(forgotten.code).toBe(1);
    const again = await rinde('import', next, '--preview');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('le faltan las columnas');
  });

  it('imports a workbook with no header row when --columns gives every column by letter', async () => {
    const file = join(folder, 'sin-encabezados.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['Entidad:', 'Personería de Sogamoso']);
    sheet.addRow(['Vigencia 2025']);
    sheet.addRow(['1.1', 'Publicar el informe', 1, 'Despacho del Personero', '30 de junio de 2025']);
    sheet.addRow(['1.2', 'Audiencia pública', 1, 'Despacho del Personero', '15 de diciembre de 2025']);
    await book.xlsx.writeFile(file);
    const columns = ['--columns', 'id=A,actividad=B,meta=C,responsable=D,fecha=E'];
    const preview = await rinde('import', file, '--preview', ...columns);
    expect(preview.stderr).toBe('');
    expect(preview.stdout).toContain('2 actividades (hoja «Plan», sin encabezados; actividades desde la fila 3).');
    expect(preview.stdout).toContain(
      'La hoja no tiene fila de encabezados: se tomó la fila 3 como la primera actividad (la primera con un ID de actividad en la columna A).',
    );
    expect(preview.stdout).toContain('  • actividad: columna B, indicada con --columns');
    const without = await rinde('import', file, '--preview');
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('No se encontró la fila de encabezados');
  });

  it('refuses bad --columns before reading the file', async () => {
    const result = await rinde('import', gobernacionFile, '--columns', 'titulo=B');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No se entiende «titulo=B» en --columns.');
  });
});
