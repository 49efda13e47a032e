import { z } from 'zod';
import { DEFAULT_LATE_LOGGING_GRACE_DAYS } from './domain/logging.js';
import { DEFAULT_STATUS_BANDS } from './domain/types.js';
import { jobConfigSchema } from './jobs/jobConfig.js';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const isoDateList = z
  .string()
  .trim()
  .transform((value) => (value === '' ? [] : value.split(/[\s,;]+/)))
  .pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'usa fechas AAAA-MM-DD separadas por comas')));

const statusBands = z
  .string()
  .trim()
  .regex(/^\d{1,3}\s*,\s*\d{1,3}$/, 'escribe los dos umbrales en %, por ejemplo "60,80"')
  .transform((value) => {
    const [yellow = 0, green = 0] = value.split(',').map((part) => Number(part.trim()) / 100);
    return { yellow, green };
  })
  .refine((bands) => bands.yellow < bands.green && bands.green <= 1, 'el umbral amarillo debe ser menor que el verde');

const cutoffs = z
  .string()
  .trim()
  .transform((value) => value.split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{2}-\d{2}$/, 'usa MM-DD separados por comas, por ejemplo "04-30,08-31,12-31"')));

/**
 * Everything Rinde reads from the environment, parsed once at start-up. Nothing else reads
 * process.env. Only a few values are secrets (tokens, signing secret); see `redactedConfig`.
 */
export const configSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .default('file:./data/rinde.db')
      .refine(
        (url) => /^(file:|postgres(ql)?:\/\/)/.test(url),
        'usa file:./ruta.db (SQLite) o postgresql://usuario@servidor/base',
      ),
    TIME_ZONE: z.string().default('America/Bogota'),
    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'debe empezar por xoxb-').optional()),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'debe empezar por xapp-').optional()),
    SLACK_API_URL: optionalText.pipe(z.url('debe ser una URL, por ejemplo https://slack.com/api/').optional()),
    /** The Azure Bot's Microsoft App ID (a GUID): with the password and tenant, selects Teams. */
    TEAMS_APP_ID: optionalText,
    TEAMS_APP_PASSWORD: optionalText,
    TEAMS_TENANT_ID: optionalText,
    /** Test-only: where the Bot Framework's OpenID metadata, token issuer and token endpoint are (a loopback stand-in). */
    TEAMS_OPENID_METADATA_URL: optionalText.pipe(z.url('debe ser una URL').optional()),
    TEAMS_TOKEN_ISSUER: optionalText,
    TEAMS_LOGIN_URL: optionalText.pipe(z.url('debe ser una URL').optional()),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PLANNING_CHANNEL: optionalText,
    /** Where citizens reach the public page (src/web), e.g. https://rinde.tauramena.gov.co: replies and Slack unfurls use it. */
    PUBLIC_URL: optionalText.pipe(z.url('debe ser una URL, por ejemplo https://rinde.entidad.gov.co').optional()),
    ADMIN_USERS: z
      .string()
      .default('')
      .transform((value) => value.split(/[\s,;]+/).filter(Boolean)),
    STATUS_BANDS: statusBands.default(DEFAULT_STATUS_BANDS),
    EXTRA_HOLIDAYS: isoDateList.default([]),
    CUTOFF_DATES: cutoffs.default(['04-30', '08-31', '12-31']),
    SAMPLE_PLAN: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Days after the vigencia ends during which late progress is still taken (docs/decisions/008). */
    LATE_LOGGING_GRACE_DAYS: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_LATE_LOGGING_GRACE_DAYS),
  })
  .extend(jobConfigSchema.shape)
  .superRefine(onePlatform);

const TEAMS_VARIABLES = ['TEAMS_APP_ID', 'TEAMS_APP_PASSWORD', 'TEAMS_TENANT_ID'] as const;

/** One chat platform per deployment: Slack's variables or Teams' (all three), never both. */
function onePlatform(
  config: Partial<Record<(typeof TEAMS_VARIABLES)[number] | 'SLACK_BOT_TOKEN', string>>,
  ctx: z.RefinementCtx,
): void {
  const given = TEAMS_VARIABLES.filter((name) => config[name] !== undefined);
  if (given.length === 0) return;
  if (config.SLACK_BOT_TOKEN !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['TEAMS_APP_ID'],
      message:
        'Rinde atiende una sola plataforma por instalación: deje las variables de Slack (SLACK_…) o las de Teams (TEAMS_…), no ambas.',
    });
    return;
  }
  for (const name of TEAMS_VARIABLES.filter((variable) => config[variable] === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [name],
      message: `falta: Teams necesita TEAMS_APP_ID, TEAMS_APP_PASSWORD y TEAMS_TENANT_ID (están en el registro de la aplicación en Microsoft Entra ID; docs/teams.md).`,
    });
  }
}

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; each problem is one Spanish line naming the variable and the fix. */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  z.config(z.locales.es());
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  return { ok: false, problems };
}

export function usesSlack(config: Config): boolean {
  return config.SLACK_BOT_TOKEN !== undefined;
}

/** Teams, when its three variables are set (the schema refuses them together with Slack's). */
export function usesTeams(config: Config): config is Config & TeamsCredentials {
  return (
    config.TEAMS_APP_ID !== undefined && config.TEAMS_APP_PASSWORD !== undefined && config.TEAMS_TENANT_ID !== undefined
  );
}

export interface TeamsCredentials {
  TEAMS_APP_ID: string;
  TEAMS_APP_PASSWORD: string;
  TEAMS_TENANT_ID: string;
}
