/** The Teams app manifest schema Rinde's package follows (Teams' admin center accepts it). */
export const MANIFEST_VERSION = '1.17';

export interface ManifestOptions {
  /** The bot's Microsoft App ID (TEAMS_APP_ID); also the Teams app's own ID. */
  appId: string;
  /** Package version: Teams asks to raise it for each new upload of the same app. */
  version: string;
  /** Who publishes it in the tenant: the entity. */
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

/** What the command menu shows: Teams' limits are 32 characters of title and 128 of description. */
const PERSONAL_COMMANDS = [
  { title: 'avance', description: 'Registrar avance: avance 1.2 10 nota enlace (solo «avance» abre el formulario)' },
  { title: 'avance deshacer', description: 'Deshacer su último registro de avance con un registro que lo corrige' },
  {
    title: 'estado',
    description: 'Sus actividades, con un botón para registrar avance; o una actividad con su historial: estado 1.2',
  },
  { title: 'pendientes', description: 'Sus próximas fechas programadas, las vencidas primero' },
  { title: 'ayuda', description: 'Los comandos de Rinde' },
  { title: 'rinde resumen', description: 'El resumen semanal del plan, ahora' },
  {
    title: 'rinde exportar',
    description: 'La hoja de seguimiento como archivo: rinde exportar [csv] [fecha de corte]',
  },
  { title: 'rinde oficinas', description: 'Las dependencias del plan y sus miembros' },
  { title: 'rinde asignar', description: 'Administradores: rinde asignar @persona Dependencia' },
  { title: 'rinde admin', description: 'Administradores: rinde admin @persona' },
];

/** Teams sends files only in a personal chat, and the admin commands belong there too. */
const CHANNEL_COMMANDS = PERSONAL_COMMANDS.filter(
  (command) => !command.title.startsWith('rinde a') && command.title !== 'rinde exportar',
);

export function teamsManifest(options: ManifestOptions): Record<string, unknown> {
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: options.version,
    id: options.appId,
    developer: {
      name: options.developerName,
      websiteUrl: options.websiteUrl,
      privacyUrl: options.privacyUrl,
      termsOfUseUrl: options.termsOfUseUrl,
    },
    name: { short: 'Rinde', full: 'Rinde — rendición de cuentas' },
    description: {
      short: 'El plan de rendición de cuentas de la entidad, en Teams',
      full:
        'Rinde lleva la estrategia de rendición de cuentas (Ley 1757 de 2015): cada dependencia registra el avance de sus ' +
        'actividades con «avance 1.2 10 nota», consulta el estado del plan y sus pendientes, y recibe recordatorios antes ' +
        'de cada fecha programada. La Oficina de Planeación recibe el resumen semanal y el informe de cada corte.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1F6F4A',
    localizationInfo: { defaultLanguageTag: 'es-co' },
    bots: [
      {
        botId: options.appId,
        scopes: ['personal', 'team', 'groupChat'],
        // `rinde exportar` sends the sheet through Teams' file consent, which needs it.
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [
          { scopes: ['personal'], commands: PERSONAL_COMMANDS },
          { scopes: ['team', 'groupChat'], commands: CHANNEL_COMMANDS },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [],
  };
}
