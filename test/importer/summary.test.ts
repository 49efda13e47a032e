import { describe, expect, it } from 'vitest';
import { formatImportSummary, importPlanFile, parsePlanGrid } from '../../src/importer/index.js';
import { gridOf, SAMPLE_XLSX, sampleWarnings } from './helpers.js';

describe('formatImportSummary', () => {
  it('reports what the sample holds', async () => {
    const text = formatImportSummary(await importPlanFile(SAMPLE_XLSX));
    expect(text).toBe(
      [
        'Plan de Alcaldía Municipal de Tauramena - Casanare: 15 actividades (hoja «Rendición de cuentas 2024», encabezados en la fila 8).',
        'Vigencia: del 5 de junio de 2024 al 31 de diciembre de 2024.',
        '',
        'Columnas leídas (con los nombres de --columns):',
        '  • subcomponente: columna A («Subcomponente»)',
        '  • id: columna B («ID»)',
        '  • actividad: columna C («Actividades»)',
        '  • producto: columna D («Meta o Producto»)',
        '  • meta: columna G («Meta anual»)',
        '  • responsable: columna E («Responsable»)',
        '  • fecha: columna F («Fecha Programada»)',
        '  • avance: columna H («Avance meta anual»)',
        '  • descripcion: columna I («Descripción»)',
        'Columnas que no se importan: «Porcentaje de cumplimiento anual».',
        '',
        'Actividades por subcomponente:',
        '  • 1. Información: 6 actividades',
        '  • 2. Dialogo: 5 actividades',
        '  • 3. Responsabilidad: 4 actividades',
        '',
        'Dependencias encontradas (12):',
        '  • Dependencia que rinde cuentas',
        '  • Oficina Asesora de Planeación',
        '  • Oficina de prensa',
        '  • Secretaría de Desarrollo Económico',
        '  • Secretaría de Infraestructura',
        '  • Secretaría de Gobierno',
        '  • Secretaría de Desarrollo Social',
        '  • Secretaría de Hacienda',
        '  • Secretaría General',
        '  • Oficina asesora jurídica',
        '  • Oficina de atención al ciudadano',
        '  • Equipo lider de rendición de cuentas',
        '',
        'Advertencias (1):',
        `  • ${sampleWarnings(10)[0]?.message}`,
      ].join('\n'),
    );
  });

  it('lists the dates it could not read and the warnings', () => {
    const result = parsePlanGrid(
      gridOf([
        ['Entidad:', 'Alcaldía de Prueba', 'Vigencia 2024'],
        ['ID', 'Actividades', 'Responsable', 'Fecha programada', 'Meta anual'],
        ['1.1', 'Una', 'Oficina de prensa', 'Por definir', 1],
      ]),
    );
    const text = formatImportSummary(result);
    expect(text).toContain('Plan de Alcaldía de Prueba: 1 actividad (hoja «Hoja1», encabezados en la fila 2).');
    expect(text).toContain('  • 1. Subcomponente 1: 1 actividad');
    expect(text).toContain(
      '\nFechas que no se pudieron leer (las actividades quedan sin fecha de vencimiento) (1):\n  • Fila 3, actividad 1.1: «Por definir»',
    );
    expect(text).toContain('\nAdvertencias (2):\n  • Las actividades (la tabla no tiene columna «Subcomponente»)');
  });

  const ROWS_WITH_ERRORS = [
    ['Vigencia 2024'],
    ['ID', 'Actividades', 'Responsable', 'Fecha programada', 'Meta anual'],
    ['1.1', 'Una', 'Oficina de prensa', 'Diciembre', null],
    ['1.1', 'Otra', 'Oficina de prensa', 'Diciembre', 1],
    ['1.3', 'Tercera', 'Oficina de prensa', 'Diciembre', 1],
  ];

  it('lists the rows left out, with the column, the value and the fix', () => {
    const text = formatImportSummary(parsePlanGrid(gridOf(ROWS_WITH_ERRORS)));
    expect(text).toContain('Plan de Hoja1: 1 actividad (hoja «Hoja1», encabezados en la fila 2).');
    expect(text).toContain(
      [
        '',
        'Filas que no se importaron (corríjalas en la hoja y vuelva a importar) (2):',
        '  • Fila 3, columna E («Meta anual»): la meta de la actividad 1.1 está vacía. Escriba un número, por ejemplo 10, 2,5 o «Dos (2) jornadas».',
        '  • Fila 4, columna A («ID»): el ID 1.1 ya se usó en la fila 3. Cada actividad necesita un ID distinto: cambie el de esta fila.',
        '',
      ].join('\n'),
    );
  });

  it('lists what to fix when the file is rejected under strict', () => {
    const result = parsePlanGrid(gridOf(ROWS_WITH_ERRORS), { strict: true });
    expect(formatImportSummary(result)).toBe(
      [
        'No se importó el plan: 2 errores que corregir en el archivo.',
        '  • Fila 3, columna E («Meta anual»): la meta de la actividad 1.1 está vacía. Escriba un número, por ejemplo 10, 2,5 o «Dos (2) jornadas».',
        '  • Fila 4, columna A («ID»): el ID 1.1 ya se usó en la fila 3. Cada actividad necesita un ID distinto: cambie el de esta fila.',
        '',
        'Columnas leídas (con los nombres de --columns):',
        '  • id: columna A («ID»)',
        '  • actividad: columna B («Actividades»)',
        '  • meta: columna E («Meta anual»)',
        '  • responsable: columna C («Responsable»)',
        '  • fecha: columna D («Fecha programada»)',
        '',
        'Advertencias (2):',
        '  • Las actividades (la tabla no tiene columna «Subcomponente») se agruparon por el primer número de su ID.',
        '  • No se encontró el nombre de la entidad («Entidad:» encima de la tabla); se usó «Hoja1». Corríjalo si no es el nombre de la entidad.',
      ].join('\n'),
    );
  });
});
