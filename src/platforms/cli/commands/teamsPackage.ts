import { writeFile } from 'node:fs/promises';
import { UserError } from '../../../usecases/errors.js';
import { teamsAppPackage } from '../../teams/package/index.js';
import { type CliCommand, stringOption, UsageError, writeLine } from '../cliCommand.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+\.\d+\.\d+$/;

function httpsUrl(args: Parameters<CliCommand['run']>[0], name: string, fallback?: string): string {
  const value = stringOption(args, name) ?? fallback;
  if (value === undefined) throw new UsageError(`Falta --${name}, por ejemplo --${name} https://www.entidad.gov.co`);
  if (!/^https:\/\/[^\s]+$/.test(value)) {
    throw new UserError(
      'invalid_arguments',
      `--${name}: Teams exige una dirección https://, por ejemplo https://www.entidad.gov.co`,
    );
  }
  return value;
}

export const teamsPackageCommand: CliCommand = {
  name: 'teams-package',
  summary: 'Escribe el paquete de la aplicación de Teams (.zip) para cargarlo en el centro de administración.',
  help: [
    'Uso: rinde teams-package [ARCHIVO.zip] --entity NOMBRE --website https://… [--app-id GUID] [--version X.Y.Z]',
    '',
    'Escribe rinde-teams.zip (o ARCHIVO.zip) con manifest.json (el bot, su menú de comandos) y los dos íconos',
    '(color.png de 192×192 y outline.png de 32×32), listo para «Cargar una aplicación personalizada» en el',
    'centro de administración de Teams. Paso a paso: docs/teams.md.',
    '',
    '  --app-id    el ID de aplicación (cliente) del registro en Microsoft Entra ID; por omisión TEAMS_APP_ID',
    '  --entity    el nombre de la entidad, que Teams muestra como quien publica la aplicación',
    '  --website   la página de la entidad (https://)',
    '  --privacy   la política de privacidad (https://; por omisión la página de la entidad)',
    '  --terms     los términos de uso (https://; por omisión la página de la entidad)',
    '  --version   la versión del paquete (por omisión 1.0.0); súbala al cargar una nueva versión',
  ].join('\n'),
  options: {
    'app-id': { type: 'string' },
    entity: { type: 'string' },
    website: { type: 'string' },
    privacy: { type: 'string' },
    terms: { type: 'string' },
    version: { type: 'string' },
  },
  async run(args, deps) {
    const [file = 'rinde-teams.zip', ...extra] = args.positionals;
    if (extra.length > 0) throw new UsageError(`Sobra «${extra.join(' ')}».`);
    if (!file.toLowerCase().endsWith('.zip')) throw new UsageError(`«${file}» debe terminar en .zip.`);
    const appId = stringOption(args, 'app-id') ?? deps.config.TEAMS_APP_ID;
    if (appId === undefined) {
      throw new UsageError(
        'Falta --app-id (o TEAMS_APP_ID): el ID de aplicación (cliente) del registro en Microsoft Entra ID.',
      );
    }
    if (!GUID.test(appId)) {
      throw new UserError(
        'invalid_arguments',
        `«${appId}» no es un ID de aplicación: se ve como 5c0ffee0-1234-4abc-8def-0123456789ab.`,
      );
    }
    const developerName = stringOption(args, 'entity')?.trim();
    if (developerName === undefined || developerName === '') {
      throw new UsageError('Falta --entity, por ejemplo --entity "Alcaldía de Tauramena"');
    }
    const version = stringOption(args, 'version') ?? '1.0.0';
    if (!VERSION.test(version))
      throw new UserError('invalid_arguments', `--version: use tres números, por ejemplo 1.0.1.`);
    const websiteUrl = httpsUrl(args, 'website');
    const archive = await teamsAppPackage({
      appId,
      version,
      developerName,
      websiteUrl,
      privacyUrl: httpsUrl(args, 'privacy', websiteUrl),
      termsOfUseUrl: httpsUrl(args, 'terms', websiteUrl),
    });
    await writeFile(file, archive);
    writeLine(
      deps,
      `Escribí ${file} (aplicación ${appId}, versión ${version}). Cárguelo en el centro de administración de Teams: docs/teams.md.`,
    );
  },
};
