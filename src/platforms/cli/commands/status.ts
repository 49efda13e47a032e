import { type PlanStatusReply, planStatus } from '../../../usecases/estado.js';
import { renderReplyText } from '../../../usecases/renderText.js';
import { todayOf } from '../../../usecases/views.js';
import { type CliCommand, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';
import { isoDateOption } from '../dates.js';

/** The stable machine shape of `rinde status --json`; fields may be added, never renamed. */
export function statusJson(reply: PlanStatusReply) {
  return {
    plan: { id: reply.plan.id, entity: reply.plan.entity, from: reply.plan.from, to: reply.plan.to },
    at: reply.at,
    summary: reply.summary,
    subcomponents: reply.subcomponents,
    activities: reply.activities.map((a) => ({
      id: a.code,
      subcomponent: a.subcomponent.code,
      title: a.title,
      product: a.product,
      offices: a.offices.map((o) => o.name),
      schedule: a.schedule,
      target: a.target,
      unit: a.unit,
      progress: a.progress,
      ratio: a.ratio,
      status: a.status,
      state: a.state,
      nextDueOn: a.nextDueOn,
    })),
  };
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Muestra el cumplimiento del plan (hoy o en una fecha).',
  help: [
    'Uso: rinde status [--at AAAA-MM-DD] [--plan AÑO] [--json]',
    '',
    'Muestra el indicador del plan (actividades desarrolladas / programadas), el cumplimiento promedio',
    'con su color, cada subcomponente y cada actividad, contando el avance registrado hasta la fecha.',
    '',
    '  --at     fecha de corte (por omisión, hoy en America/Bogota)',
    '  --plan   otro plan que no sea el activo (año de la vigencia o número)',
    '  --json   resultado en JSON',
  ].join('\n'),
  options: { ...jsonOption, ...planOption, at: { type: 'string' } },
  async run(args, deps) {
    if (args.positionals.length > 0) throw new UsageError(`Sobra «${args.positionals.join(' ')}».`);
    const ctx = await cliContext(deps, args);
    const reply = await planStatus(ctx, isoDateOption(args, 'at') ?? todayOf(ctx));
    if (args.values.json === true) writeJson(deps, statusJson(reply));
    else writeLine(deps, renderReplyText(reply));
  },
};
