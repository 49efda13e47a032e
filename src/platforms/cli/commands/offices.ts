import { renderReplyText } from '../../../usecases/renderText.js';
import { addOfficeAlias, dropOfficeAlias, officeAliasesReply, officesReply } from '../../../usecases/rinde.js';
import { type CliCommand, stringOption, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { cliContext, jsonOption, planOption } from '../context.js';

const ALIAS_USAGE = 'Use: rinde offices alias SIGLA "Nombre de la dependencia", o rinde offices alias --remove SIGLA';

export const officesCommand: CliCommand = {
  name: 'offices',
  summary: 'Lista las dependencias del plan y sus miembros, y los alias de sus siglas.',
  help: [
    'Uso: rinde offices [--plan AÑO] [--json]',
    '     rinde offices alias SIGLA "Nombre de la dependencia" [--plan AÑO]',
    '     rinde offices alias --remove SIGLA [--plan AÑO]',
    '     rinde offices aliases [--plan AÑO] [--json]',
    '',
    'Lista las dependencias, cuántas actividades tiene cada una y quiénes responden por ella.',
    '',
    'Los alias son de la entidad del plan: al importar una hoja de esa entidad, la sigla (OAP) cuenta como la',
    'dependencia indicada. Una sigla sin alias se importa tal como está escrita y se advierte. Si la dependencia',
    'ya existe se guarda con su nombre de siempre; si no, se creará con el nombre escrito al importar.',
    '',
    '  --remove SIGLA  quita el alias',
  ].join('\n'),
  options: { ...jsonOption, ...planOption, remove: { type: 'string' } },
  async run(args, deps) {
    const [sub, ...rest] = args.positionals;
    const remove = stringOption(args, 'remove');
    if (remove !== undefined && sub !== 'alias') throw new UsageError(`--remove va con «alias». ${ALIAS_USAGE}`);
    const ctx = async () => cliContext(deps, args);
    let reply: Awaited<ReturnType<typeof officesReply>>;
    if (sub === undefined) reply = await officesReply(await ctx());
    else if (sub === 'aliases' && rest.length === 0) reply = await officeAliasesReply(await ctx());
    else if (sub === 'alias' && remove !== undefined && rest.length === 0)
      reply = await dropOfficeAlias(await ctx(), remove);
    else if (sub === 'alias' && remove === undefined && rest.length === 2)
      reply = await addOfficeAlias(await ctx(), rest[0] ?? '', rest[1] ?? '');
    else if (sub === 'alias') throw new UsageError(ALIAS_USAGE);
    else throw new UsageError(`Sobra «${args.positionals.join(' ')}».`);
    if (args.values.json === true) writeJson(deps, reply);
    else writeLine(deps, renderReplyText(reply));
  },
};
