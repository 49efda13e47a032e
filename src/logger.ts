import { type Logger, pino } from 'pino';

/**
 * Structured JSON logs. Tokens and the signing secret never reach them: values under a key that names
 * a secret are censored, whatever a caller passes, and the secrets themselves are scrubbed from every
 * line as a last line of defence (a library may put one inside a message string).
 */
const SECRET_KEYS: ReadonlySet<string> = new Set([
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'client_secret',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'authorization',
  'x-slack-signature',
]);

/** Deep enough for `headers.authorization` inside a logged request object. */
const MAX_CENSOR_DEPTH = 3;

const CENSOR = '[oculto]';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The log object with every secret-named key censored, up to a few levels down. Copies only what
 * it changes: the usual line has no secret and goes out as it came, which is why this replaced
 * pino's path-based `redact` (it re-parsed its paths on every line, the costliest part of a request's
 * log line).
 */
export function censorSecretKeys(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const field = value[key];
    let censored = field;
    if (SECRET_KEYS.has(key)) censored = CENSOR;
    else if (depth < MAX_CENSOR_DEPTH && isPlainObject(field)) censored = censorSecretKeys(field, depth + 1);
    if (censored !== field) {
      copy ??= { ...value };
      copy[key] = censored;
    }
  }
  return copy ?? value;
}

// Secrets shorter than this are not worth scrubbing (and would mangle ordinary text).
const MIN_SECRET_LENGTH = 8;

function scrubbing(destination: NodeJS.WritableStream, secrets: readonly (string | undefined)[]) {
  const values = secrets.filter(
    (secret): secret is string => secret !== undefined && secret.length >= MIN_SECRET_LENGTH,
  );
  if (values.length === 0) return destination;
  return {
    write(line: string) {
      let clean = line;
      for (const secret of values) if (clean.includes(secret)) clean = clean.split(secret).join(CENSOR);
      return destination.write(clean);
    },
  };
}

export interface LoggerOptions {
  destination?: NodeJS.WritableStream;
  /** Values that must never appear in a log line (the bot and app tokens, the signing secret). */
  secrets?: readonly (string | undefined)[];
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  return pino(
    {
      level,
      base: { app: 'rinde' },
      formatters: { log: censorSecretKeys },
    },
    scrubbing(destination, options.secrets ?? []) as pino.DestinationStream,
  );
}

export type { Logger };
