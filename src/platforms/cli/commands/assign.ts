import { renderReplyText } from '../../../usecases/renderText.js';
import { assignOffice, grantAdmin } from '../../../usecases/rinde.js';
import { type CliCommand, UsageError, writeLine } from '../cliCommand.js';
import { cliContext } from '../context.js';

export const assignCommand: CliCommand = {
  name: 'assign',
  summary: 'Asigna un usuario del chat a una dependencia (y opcionalmente lo hace administrador).',
  help: [
    'Uso: rinde assign DEPENDENCIA USUARIO [--admin]',
    '',
    'USUARIO es el ID del usuario en el chat (en Slack: Perfil → ⋮ → Copiar ID de miembro, p. ej. U0123ABCD).',
    'DEPENDENCIA es el nombre como aparece en `rinde offices` (sin importar mayúsculas ni tildes).',
    '',
    '  --admin   además lo hace administrador del plan (Oficina de Planeación)',
  ].join('\n'),
  options: { admin: { type: 'boolean' } },
  async run(args, deps) {
    const [office, user, ...extra] = args.positionals;
    if (office === undefined || user === undefined || extra.length > 0) {
      throw new UsageError(
        'Indique la dependencia y el usuario, por ejemplo: rinde assign "Oficina de prensa" U0123ABCD',
      );
    }
    const ctx = await cliContext(deps, args);
    writeLine(deps, renderReplyText(await assignOffice(ctx, user, office)));
    if (args.values.admin === true) writeLine(deps, renderReplyText(await grantAdmin(ctx, user)));
  },
};
