import { parseProgressInput } from '../../commands/args.js';
import { logProgress } from '../../commands/avance.js';
import { renderReplyText } from '../../commands/renderText.js';
import { type CliCommand, stringOption, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';

export const progressCommand: CliCommand = {
  name: 'progress',
  summary: 'Registra avance en una actividad.',
  help: [
    'Uso: rinde progress ID CANTIDAD [NOTA…] --by NOMBRE [--evidence URL] [--plan AÑO] [--json]',
    '',
    'Registra CANTIDAD de avance en la actividad ID (por ejemplo 1.2) a nombre de NOMBRE.',
    'Los registros no se editan ni se borran: para corregir, registre la corrección.',
    '',
    '  --by         quién hizo el avance (obligatorio)',
    '  --evidence   enlace a la evidencia',
    '  --plan       otro plan que no sea el activo',
    '  --json       resultado en JSON',
  ].join('\n'),
  options: { ...jsonOption, ...planOption, by: { type: 'string' }, evidence: { type: 'string' } },
  async run(args, deps) {
    const [activityCode, amount, ...note] = args.positionals;
    if (activityCode === undefined || amount === undefined) {
      throw new UsageError(
        'Indique la actividad y la cantidad, por ejemplo: rinde progress 1.2 10 --by "Oficina de prensa"',
      );
    }
    if (stringOption(args, 'by') === undefined) throw new UsageError('Falta --by NOMBRE: quién hizo el avance.');
    const input = parseProgressInput({
      activityCode,
      amount,
      note: note.length > 0 ? note.join(' ') : null,
      evidenceUrl: stringOption(args, 'evidence') ?? null,
    });
    const reply = await logProgress(await cliContext(deps, args), input);
    if (args.values.json === true) writeJson(deps, reply);
    else writeLine(deps, renderReplyText(reply));
  },
};
