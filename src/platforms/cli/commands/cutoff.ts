import { createCalendar } from '../../../domain/calendar/index.js';
import { PUBLICATION_BUSINESS_DAYS } from '../../../domain/cutoff.js';
import { formatLongDate } from '../../../domain/dates.js';
import { renderCutoffText } from '../../../export/cutoffText.js';
import { formatOfPath, writeSheetFile } from '../../../export/files.js';
import { loadCutoffReport, loadCutoffSheet } from '../../../export/load.js';
import { UserError } from '../../../usecases/errors.js';
import { requirePlan } from '../../../usecases/plan.js';
import { todayOf } from '../../../usecases/views.js';
import { cutoffMessages } from '../../../wording/messages.js';
import { type CliCommand, stringOption, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';
import { isoDateOption } from '../dates.js';

export const cutoffCommand: CliCommand = {
  name: 'cutoff',
  summary: 'Informe de seguimiento de un corte para Control Interno, con el plazo para publicarlo.',
  help: [
    'Uso: rinde cutoff [--at AAAA-MM-DD] [--out ARCHIVO.xlsx|ARCHIVO.csv] [--plan AÑO] [--json]',
    '',
    'Muestra el informe del corte en o antes de la fecha --at: por actividad, el avance con fecha hasta el',
    'corte (también el registrado después con una fecha anterior), el porcentaje, el color y las evidencias;',
    'y cuántos días hábiles faltan para publicarlo (10 días hábiles después del corte).',
    'Las fechas de corte salen de CUTOFF_DATES (por omisión 04-30, 08-31 y 12-31).',
    '',
    '  --at     fecha desde la que se mira (por omisión, hoy en America/Bogota)',
    '  --out    guarda además la hoja de seguimiento del corte en ese archivo',
    '  --plan   otro plan que no sea el activo (año de la vigencia o número)',
    '  --json   resultado en JSON',
  ].join('\n'),
  options: { ...jsonOption, ...planOption, at: { type: 'string' }, out: { type: 'string' } },
  async run(args, deps) {
    if (args.positionals.length > 0) throw new UsageError(`Sobra «${args.positionals.join(' ')}».`);
    const out = stringOption(args, 'out');
    const format = out === undefined ? null : formatOfPath(out);
    if (out !== undefined && format === null) {
      throw new UsageError(`--out debe terminar en .xlsx (Excel) o .csv, por ejemplo corte.xlsx.`);
    }
    const at = isoDateOption(args, 'at');
    const ctx = await cliContext(deps, args);
    const plan = await requirePlan(ctx);
    const day = at ?? todayOf(ctx);
    // Before the plan's first cut-off there is nothing to report: no cut-off of last year is "overdue".
    if (day < plan.startsOn) {
      throw new UserError('invalid_arguments', cutoffMessages.beforePlan(formatLongDate(plan.startsOn)));
    }
    const report = await loadCutoffReport(ctx.db, plan.id, {
      at: day,
      calendar: createCalendar({ extraHolidays: deps.config.EXTRA_HOLIDAYS }),
      schedule: { dates: deps.config.CUTOFF_DATES, publicationBusinessDays: PUBLICATION_BUSINESS_DAYS },
      bands: ctx.bands,
    });
    if (report === null) throw new UserError('invalid_arguments', cutoffMessages.noCutoffs);
    if (out !== undefined && format !== null) {
      await writeSheetFile(out, await loadCutoffSheet(ctx.db, report, ctx.bands), format);
    }
    if (args.values.json === true) writeJson(deps, report);
    else
      writeLine(deps, renderCutoffText(report) + (out === undefined ? '' : `\n\nHoja del corte guardada en ${out}.`));
  },
};
