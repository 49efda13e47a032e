import { instantAt } from '../../../domain/reminders/index.js';
import { digestReply } from '../../../jobs/digestContent.js';
import { noticeMessage } from '../../slack/blocks/notices.js';
import { type CliCommand, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';
import { isoDateOption } from '../dates.js';

/** A digest "at" a day counts everything logged during that day. */
const END_OF_DAY_MINUTES = 23 * 60 + 59;

export const digestCommand: CliCommand = {
  name: 'digest',
  summary: 'Muestra el resumen semanal del plan.',
  help: [
    'Uso: rinde digest [--at AAAA-MM-DD] [--plan AÑO] [--json]',
    '',
    'Muestra el resumen que Rinde publica cada semana: indicador y cumplimiento promedio con su color,',
    'cada subcomponente, lo que vence en los próximos 14 días, lo vencido, los avances de los últimos',
    '7 días y las dependencias sin miembros.',
    '',
    '  --at     fecha de corte (por omisión, hoy en America/Bogota)',
    '  --plan   otro plan que no sea el activo (año de la vigencia o número)',
    '  --json   el mensaje de Slack (Block Kit) en JSON',
  ].join('\n'),
  options: { ...jsonOption, ...planOption, at: { type: 'string' } },
  async run(args, deps) {
    if (args.positionals.length > 0) throw new UsageError(`Sobra «${args.positionals.join(' ')}».`);
    const at = isoDateOption(args, 'at');
    const now = at === undefined ? deps.now() : instantAt(at, END_OF_DAY_MINUTES, deps.config.TIME_ZONE);
    const reply = await digestReply(await cliContext(deps, args, now));
    if (args.values.json === true) writeJson(deps, noticeMessage(reply.notice));
    else writeLine(deps, reply.text);
  },
};
