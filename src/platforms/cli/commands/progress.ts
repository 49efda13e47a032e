import { parseProgressInput, parseUndoArguments } from '../../../usecases/args.js';
import { logProgress } from '../../../usecases/avance.js';
import { type Reply, UserError } from '../../../usecases/index.js';
import { renderReplyText } from '../../../usecases/renderText.js';
import { undoProgress } from '../../../usecases/undo.js';
import {
  type CliCommand,
  type CliDeps,
  type ParsedCli,
  stringOption,
  UsageError,
  writeJson,
  writeLine,
} from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';
import { isoDateOption } from '../dates.js';

/** `--undo 12 [MOTIVO…]`: appends the entry that reverses entry 12. */
async function undo(args: ParsedCli, deps: CliDeps, entryText: string): Promise<Reply> {
  if (!/^#?\d+$/.test(entryText)) {
    throw new UsageError('--undo necesita el número del registro, por ejemplo: rinde progress --undo 12');
  }
  const request = parseUndoArguments([entryText, ...args.positionals]);
  return undoProgress(await cliContext(deps, args), request);
}

async function log(args: ParsedCli, deps: CliDeps): Promise<Reply> {
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
  return logProgress(await cliContext(deps, args), {
    ...input,
    effectiveOn: isoDateOption(args, 'on') ?? null,
    confirmed: args.values.confirm === true,
  });
}

export const progressCommand: CliCommand = {
  name: 'progress',
  summary: 'Registra avance en una actividad.',
  help: [
    'Uso: rinde progress ID CANTIDAD [NOTA…] --by NOMBRE [--evidence URL] [--on AAAA-MM-DD] [--confirm] [--plan AÑO] [--json]',
    '     rinde progress --undo NÚMERO [MOTIVO…] [--by NOMBRE] [--plan AÑO] [--json]',
    '',
    'Registra CANTIDAD de avance en la actividad ID (por ejemplo 1.2) a nombre de NOMBRE: la cantidad se suma',
    'a lo que ya lleva. Miles con punto y decimales con coma (1.000, 2,5); 50% es la mitad de la meta.',
    'Los registros no se editan ni se borran: --undo agrega un registro que deshace el registro NÚMERO',
    '(su número aparece en rinde history ID). Un registro se deshace una sola vez.',
    '',
    '  --by         quién hizo el avance (obligatorio al registrar)',
    '  --evidence   enlace a la evidencia',
    '  --on         fecha en que se hizo el trabajo, si no fue hoy: cuenta en el corte de esa fecha',
    '  --confirm    registra aunque la cantidad pase la meta (o la actividad ya esté completa)',
    '  --undo       número del registro que se deshace',
    '  --plan       otro plan que no sea el activo',
    '  --json       resultado en JSON',
  ].join('\n'),
  options: {
    ...jsonOption,
    ...planOption,
    by: { type: 'string' },
    evidence: { type: 'string' },
    on: { type: 'string' },
    undo: { type: 'string' },
    confirm: { type: 'boolean' },
  },
  async run(args, deps) {
    const undoText = stringOption(args, 'undo');
    const reply = undoText === undefined ? await log(args, deps) : await undo(args, deps, undoText);
    // Nothing was stored: it is a problem with the input (exit 1) until --confirm.
    if (reply.kind === 'confirm-progress')
      throw new UserError('invalid_arguments', `${reply.message}\n${reply.howToConfirm}`);
    if (args.values.json === true) writeJson(deps, reply);
    else writeLine(deps, renderReplyText(reply));
  },
};
