import { renderReplyText } from '../../commands/renderText.js';
import { officesReply } from '../../commands/rinde.js';
import { type CliCommand, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';

export const officesCommand: CliCommand = {
  name: 'offices',
  summary: 'Lista las dependencias del plan y sus miembros.',
  help: [
    'Uso: rinde offices [--plan AÑO] [--json]',
    '',
    'Lista las dependencias, cuántas actividades tiene cada una y quiénes responden por ella.',
  ].join('\n'),
  options: { ...jsonOption, ...planOption },
  async run(args, deps) {
    if (args.positionals.length > 0) throw new UsageError(`Sobra «${args.positionals.join(' ')}».`);
    const reply = await officesReply(await cliContext(deps, args));
    if (args.values.json === true) writeJson(deps, reply);
    else writeLine(deps, renderReplyText(reply));
  },
};
