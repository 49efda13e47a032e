import { formatLongDate } from '../../../domain/dates.js';
import { formatOfPath, writeSheetFile } from '../../../export/files.js';
import { loadPlanSheet } from '../../../export/load.js';
import { UserError } from '../../../usecases/errors.js';
import { requirePlan } from '../../../usecases/plan.js';
import { todayOf } from '../../../usecases/views.js';
import { formatAmount } from '../../../wording/messages.js';
import { type CliCommand, UsageError, writeLine } from '../cliCommand.js';
import { cliContext, planOption } from '../context.js';
import { isoDateOption } from '../dates.js';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Guarda la hoja de seguimiento del plan (.xlsx o .csv) con el avance a una fecha.',
  help: [
    'Uso: rinde export ARCHIVO.xlsx|ARCHIVO.csv [--at AAAA-MM-DD] [--plan AÑO]',
    '',
    'Escribe la hoja de seguimiento con el mismo formato de la hoja importada: encabezado (Entidad, Reto,',
    'Objetivo General, Meta del Reto, Indicador, Desde, Hasta), las mismas columnas en el mismo orden y los',
    'subcomponentes combinados. Llena «Avance meta anual», «Descripción» (las notas de cada avance con su fecha',
    'y su evidencia) y «Porcentaje de cumplimiento anual» con su color, más la fila de totales.',
    'La hoja exportada se puede volver a importar con rinde import.',
    '',
    '  --at     cuenta el avance con fecha hasta ese día (por omisión, hoy en America/Bogota)',
    '  --plan   otro plan que no sea el activo (año de la vigencia o número)',
  ].join('\n'),
  options: { ...planOption, at: { type: 'string' } },
  async run(args, deps) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) {
      throw new UsageError('Indique un archivo, por ejemplo: rinde export seguimiento.xlsx');
    }
    const format = formatOfPath(file);
    if (format === null) {
      throw new UsageError(`«${file}» debe terminar en .xlsx (Excel) o .csv, por ejemplo seguimiento.xlsx.`);
    }
    const at = isoDateOption(args, 'at');
    const ctx = await cliContext(deps, args);
    const plan = await requirePlan(ctx);
    const sheet = await loadPlanSheet(ctx.db, plan.id, { at: at ?? todayOf(ctx), bands: ctx.bands });
    try {
      await writeSheetFile(file, sheet, format);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new UserError(
        'invalid_arguments',
        `No se pudo escribir «${file}» (${code}). Revise la carpeta y los permisos.`,
      );
    }
    const activities = sheet.groups.reduce((sum, group) => sum + group.rows.length, 0);
    writeLine(
      deps,
      `Hoja guardada en ${file}: ${activities} actividades, avance con corte al ${formatLongDate(at ?? todayOf(ctx))}, cumplimiento promedio ${formatAmount(Math.round(sheet.totals.ratio * 100))} %.`,
    );
  },
};
