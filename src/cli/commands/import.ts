import { basename } from 'node:path';
import { UserError } from '../../commands/errors.js';
import { formatImportSummary, importPlanFile } from '../../importer/index.js';
import { refreshStatistics } from '../../storage/database.js';
import { officeDirectory } from '../../storage/officeAliases.js';
import { savePlanDraft } from '../../storage/plans.js';
import { type CliCommand, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { jsonOption } from '../context.js';
import { isoDateOption } from '../dates.js';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Importa el plan desde una hoja de cálculo (.xlsx, .csv, .tsv).',
  help: [
    'Uso: rinde import ARCHIVO [--from AAAA-MM-DD] [--to AAAA-MM-DD] [--json]',
    '',
    'Lee el plan de rendición de cuentas de ARCHIVO (.xlsx, .csv con coma o punto y coma, .tsv o .txt).',
    'Si el plan de esa entidad y vigencia ya existe, actualiza sus actividades por ID sin perder el avance',
    'registrado; si es una vigencia nueva, crea un plan nuevo y lo deja como el activo.',
    'Si el archivo tiene errores no se guarda nada y se indican las filas que hay que corregir.',
    '',
    '  --from, --to   fechas de la vigencia, si la hoja no las trae o trae otras',
    '  --json         resultado en JSON',
  ].join('\n'),
  options: { ...jsonOption, from: { type: 'string' }, to: { type: 'string' } },
  async run(args, deps) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0)
      throw new UsageError('Indique un archivo, por ejemplo: rinde import plan.xlsx');
    const from = isoDateOption(args, 'from');
    const to = isoDateOption(args, 'to');
    const database = await deps.database();
    const knownOffices = await officeDirectory(database.prisma);
    const result = await importPlanFile(file, {
      ...(from && { from }),
      ...(to && { to }),
      knownOffices,
      quietDays: deps.config.REMINDER_QUIET_DAYS,
    });
    if (!result.ok) {
      if (args.values.json === true) writeJson(deps, result);
      throw new UserError('invalid_arguments', formatImportSummary(result));
    }
    const saved = await savePlanDraft(database.prisma, result.plan, { sourceFile: basename(file), authorId: 'cli' });
    await refreshStatistics(database);
    if (args.values.json === true) {
      writeJson(deps, { ...result, saved });
      return;
    }
    writeLine(deps, formatImportSummary(result));
    writeLine(
      deps,
      saved.created
        ? `Plan nuevo guardado (n.º ${saved.planId}) y marcado como el plan activo.`
        : `Plan actualizado (n.º ${saved.planId}): ${saved.activities.created} actividades nuevas, ${saved.activities.updated} actualizadas, ${saved.activities.retired} retiradas. El avance registrado se conserva.`,
    );
  },
};
