import { formatImportSummary, type ImportOptions, parseColumnOverrides } from '../../../importer/index.js';
import { rememberColumns } from '../../../storage/importColumns.js';
import { UserError } from '../../../usecases/errors.js';
import { importTargetLine, readPlan, savedPlanMessage, savePlan } from '../../../usecases/importPlan.js';
import { type CliCommand, type ParsedCli, stringOption, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { jsonOption } from '../context.js';
import { isoDateOption } from '../dates.js';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Importa el plan desde una hoja de cálculo (.xlsx, .csv, .tsv).',
  help: [
    'Uso: rinde import ARCHIVO [--preview] [--columns CAMPO=COLUMNA,…] [--forget-columns] [--strict]',
    '                          [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--json]',
    '',
    'Lee el plan de rendición de cuentas de ARCHIVO (.xlsx, .csv con coma o punto y coma, .tsv o .txt).',
    'Si el plan de esa entidad y vigencia ya existe, actualiza sus actividades por ID sin perder el avance',
    'registrado; si es una vigencia nueva, crea un plan nuevo y lo deja como el activo.',
    'Dice qué entendió: la hoja, la fila o filas de encabezados, la columna de cada campo, la vigencia y las',
    'actividades por subcomponente. Las filas que no se pueden leer se dejan por fuera y se listan con lo que',
    'hay que corregir; si el archivo entero no se puede leer no se guarda nada.',
    '',
    '  --preview          muestra lo que se importaría, sin guardar nada',
    '  --columns          dónde está cada campo, si la deducción de los encabezados falla: letras o textos de',
    '                     encabezado, por ejemplo --columns id=B,actividad=C,meta=F,fecha=H,responsable=E',
    '                     (campos: id, componente, subcomponente, actividad, producto, meta, responsable,',
    '                     inicio, fecha, avance, descripcion). Se recuerda para la entidad en las próximas',
    '                     importaciones.',
    '  --forget-columns   olvida las columnas recordadas para la entidad y las deduce de los encabezados',
    '  --strict           no importa nada si alguna fila tiene un error',
    '  --from, --to       fechas de la vigencia, si la hoja no las trae o trae otras',
    '  --json             resultado en JSON',
  ].join('\n'),
  options: {
    ...jsonOption,
    from: { type: 'string' },
    to: { type: 'string' },
    preview: { type: 'boolean' },
    columns: { type: 'string' },
    'forget-columns': { type: 'boolean' },
    strict: { type: 'boolean' },
  },
  async run(args, deps) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0)
      throw new UsageError('Indique un archivo, por ejemplo: rinde import plan.xlsx');
    const forget = args.values['forget-columns'] === true;
    const options = importOptions(args);
    if (forget && options.columns !== undefined) {
      throw new UsageError('Use --columns o --forget-columns, no las dos a la vez.');
    }
    const database = await deps.database();
    const result = await readPlan(
      database.prisma,
      { path: file },
      { ...options, forgetColumns: forget, quietDays: deps.config.REMINDER_QUIET_DAYS },
    );
    const json = args.values.json === true;
    const preview = args.values.preview === true;
    // Forgetting does not wait for a good import: the guess it goes back to may be what fails.
    const key = result.ok ? result.summary.entityKey : result.layout?.entityKey;
    if (forget && !preview && key !== undefined) await rememberColumns(database.prisma, key, null);
    if (!result.ok) {
      if (json) writeJson(deps, result);
      throw new UserError('invalid_arguments', withForgetNote(formatImportSummary(result), forget && !preview));
    }
    if (preview) {
      if (json) writeJson(deps, result);
      else
        writeLine(
          deps,
          `${formatImportSummary(result)}\n\n${await importTargetLine(database.prisma, result)}\nVista previa: no se guardó nada. Para importar, quite --preview.`,
        );
      return;
    }
    const saved = await savePlan(database, result, {
      sourceFile: file,
      authorId: 'cli',
      now: deps.now(),
      ...(options.columns && { columns: options.columns }),
    });
    if (json) {
      writeJson(deps, { ...result, saved });
      return;
    }
    writeLine(deps, formatImportSummary(result));
    writeLine(deps, savedPlanMessage(saved));
    if (options.columns !== undefined) {
      writeLine(
        deps,
        `Columnas guardadas para ${result.plan.entity}: la próxima importación las usará sin --columns. Para olvidarlas: rinde import ARCHIVO --forget-columns.`,
      );
    }
    if (forget) writeLine(deps, FORGOTTEN);
  },
};

function importOptions(args: ParsedCli): ImportOptions {
  const from = isoDateOption(args, 'from');
  const to = isoDateOption(args, 'to');
  const columnsText = stringOption(args, 'columns');
  const parsed = columnsText === undefined ? undefined : parseColumnOverrides(columnsText);
  if (parsed !== undefined && !parsed.ok) throw new UsageError(parsed.message);
  return {
    ...(from && { from }),
    ...(to && { to }),
    ...(parsed?.ok && { columns: parsed.overrides }),
    ...(args.values.strict === true && { strict: true }),
  };
}

const FORGOTTEN = 'Se olvidaron las columnas guardadas para esta entidad; se dedujeron de los encabezados.';

function withForgetNote(text: string, forgotten: boolean): string {
  return forgotten ? `${text}\n\n${FORGOTTEN}` : text;
}
