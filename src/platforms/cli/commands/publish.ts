import { getPublication, type Publication, updatePublication } from '../../../storage/publication.js';
import { UserError } from '../../../usecases/errors.js';
import { webDepsOf } from '../../../web/index.js';
import { writeStaticSite } from '../../../web/publish.js';
import { createPublicSite } from '../../../web/site.js';
import { publicationMessages } from '../../../wording/messages.js';
import { type CliCommand, UsageError, writeLine } from '../cliCommand.js';

const SWITCHES = ['enable', 'disable', 'show-notes', 'hide-notes'] as const;

export const publishCommand: CliCommand = {
  name: 'publish',
  summary: 'Publica el plan en la página pública (o la apaga), o la escribe como sitio estático.',
  help: [
    'Uso: rinde publish --enable | --disable [--show-notes | --hide-notes]',
    '     rinde publish CARPETA',
    '',
    'La página pública muestra a la ciudadanía el plan, el avance de cada actividad, los informes de',
    'corte y los datos abiertos (CSV y JSON), en el puerto PORT del bot. Está apagada hasta que un',
    'administrador la publica. Las notas de los registros solo se muestran con --show-notes.',
    '',
    '  --enable       publica la página',
    '  --disable      la apaga (responde «Página no encontrada»)',
    '  --show-notes   muestra las notas de los registros de avance',
    '  --hide-notes   las oculta (por omisión)',
    '  CARPETA        escribe las mismas páginas y datos en esa carpeta, para la sede electrónica',
    '',
    'Sin opciones ni carpeta, dice cómo está.',
  ].join('\n'),
  options: Object.fromEntries(SWITCHES.map((name) => [name, { type: 'boolean' }])),
  async run(args, deps) {
    const on = (name: (typeof SWITCHES)[number]) => args.values[name] === true;
    if (on('enable') && on('disable')) throw new UsageError('Use --enable o --disable, no los dos.');
    if (on('show-notes') && on('hide-notes')) throw new UsageError('Use --show-notes o --hide-notes, no los dos.');
    const [dir, ...extra] = args.positionals;
    if (extra.length > 0) throw new UsageError(`Sobra «${extra.join(' ')}».`);
    const change: Partial<Publication> = {
      ...(on('enable') || on('disable') ? { published: on('enable') } : {}),
      ...(on('show-notes') || on('hide-notes') ? { showNotes: on('show-notes') } : {}),
    };
    const database = await deps.database();
    const db = database.prisma;
    const publication = Object.keys(change).length > 0 ? await updatePublication(db, change) : await getPublication(db);
    if (dir === undefined) {
      writeLine(deps, publicationMessages.state(publication, deps.config.PUBLIC_URL));
      return;
    }
    if (!publication.published) throw new UserError('invalid_arguments', publicationMessages.staticUnpublished);
    const site = createPublicSite(webDepsOf(deps.config, db, deps.now));
    const files = await writeStaticSite(site, dir);
    writeLine(deps, publicationMessages.written(files, dir));
  },
};
