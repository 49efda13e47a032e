import { activityCodeSchema } from '../../../usecases/args.js';
import { UserError } from '../../../usecases/errors.js';
import { activityHistory } from '../../../usecases/history.js';
import { renderHistoryText } from '../../../usecases/renderText.js';
import type { ActivityHistory } from '../../../usecases/replies.js';
import { type CliCommand, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';

/** The machine shape of `rinde history --json`; fields may be added, never renamed. */
export function historyJson(history: ActivityHistory) {
  const { activity } = history;
  return {
    plan: history.plan,
    activity: {
      id: activity.code,
      title: activity.title,
      target: activity.target,
      unit: activity.unit,
      progress: activity.progress,
      ratio: activity.ratio,
      status: activity.status,
      retiredOn: history.retiredOn ?? null,
    },
    entries: history.entries.map((entry) => ({
      id: entry.id,
      amount: entry.amount,
      effectiveOn: entry.effectiveOn,
      recordedAt: entry.recordedAt,
      author: { id: entry.authorId, name: entry.authorName },
      source: entry.source,
      note: entry.note,
      evidenceUrl: entry.evidenceUrl,
      correctsId: entry.correctsId,
      correctedBy: entry.correctedBy,
    })),
  };
}

export const historyCommand: CliCommand = {
  name: 'history',
  summary: 'Muestra todo el historial de avance de una actividad, con sus correcciones.',
  help: [
    'Uso: rinde history ID [--plan AÑO] [--json]',
    '',
    'Muestra cada registro de avance de la actividad ID (por ejemplo 1.2): número, fecha del trabajo, quién,',
    'cuánto, nota, evidencia, cuándo y por dónde se registró, y qué registros corrigen a cuáles.',
    'Los registros no se editan ni se borran; un error se corrige con rinde progress --undo NÚMERO.',
    '',
    '  --plan   otro plan que no sea el activo (año de la vigencia o número)',
    '  --json   resultado en JSON',
  ].join('\n'),
  options: { ...jsonOption, ...planOption },
  async run(args, deps) {
    const [codeText, ...extra] = args.positionals;
    if (codeText === undefined || extra.length > 0) {
      throw new UsageError('Indique una actividad, por ejemplo: rinde history 1.2');
    }
    const code = activityCodeSchema.safeParse(codeText);
    if (!code.success) throw new UserError('invalid_arguments', code.error.issues[0]?.message ?? codeText);
    const history = await activityHistory(await cliContext(deps, args), code.data);
    if (args.values.json === true) writeJson(deps, historyJson(history));
    else writeLine(deps, renderHistoryText(history));
  },
};
