import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger, pino } from 'pino';

/**
 * Structured JSON logs. Tokens and the signing secret never reach them: values under a key that names
 * a secret are censored, whatever a caller passes, and the secrets themselves are scrubbed from every
 * line as a last line of defence (a library may put one inside a message string). Nor do response
 * URLs (each lets whoever holds it post as the app for 30 minutes) or what people wrote (message text,
 * blocks, views): at every level, debug included.
 */
const SECRET_KEYS: ReadonlySet<string> = new Set([
  'response_url',
  'responseUrl',
  'response_urls',
  'text',
  'blocks',
  'attachments',
  'view',
  'private_metadata',
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

/**
 * Slack's response URLs, wherever they appear in a line (a library's message, an error, a view's
 * private_metadata): hooks.slack.com (or GovSlack's) and the `/commands|actions/T…/…` shape of any host.
 */
const RESPONSE_URL =
  /https?:\/\/(?:hooks\.slack(?:-gov)?\.com\/[^\s"\\]*|[^\s"\\/]+\/(?:commands|actions|app)\/T[A-Z0-9]+\/[^\s"\\]*)/g;

/** Cheap test before the regex: most lines hold no URL of either shape. */
function mayHoldResponseUrl(line: string): boolean {
  return line.includes('hooks.slack') || line.includes('/commands/T') || line.includes('/actions/T');
}

/** The line with every secret and response URL replaced; the line itself when it holds none. */
export function scrubLine(line: string, secrets: readonly string[]): string {
  let clean = line;
  for (const secret of secrets) if (clean.includes(secret)) clean = clean.split(secret).join(CENSOR);
  return mayHoldResponseUrl(clean) ? clean.replace(RESPONSE_URL, CENSOR) : clean;
}

function scrubbing(destination: NodeJS.WritableStream, secrets: readonly (string | undefined)[]) {
  const values = secrets.filter(
    (secret): secret is string => secret !== undefined && secret.length >= MIN_SECRET_LENGTH,
  );
  return {
    write(line: string) {
      return destination.write(scrubLine(line, values));
    },
  };
}

/**
 * Fields every line carries while some work runs (a chat request's ID), however deep the line is
 * written: the logger reads them from the async context (docs/decisions/003).
 */
const scope = new AsyncLocalStorage<Readonly<Record<string, unknown>>>();

/** Runs `work` with `fields` on every line logged during it, its promises and timers included. */
export function withLogFields<T>(fields: Readonly<Record<string, unknown>>, work: () => T): T {
  return scope.run(fields, work);
}

/** The fields of the work running now (`withLogFields`), if any. */
export function currentLogFields(): Readonly<Record<string, unknown>> | undefined {
  return scope.getStore();
}

/** Runs `work` outside any `withLogFields`: for work a request starts that is not its own (a coalesced batch). */
export function withoutLogFields<T>(work: () => T): T {
  return scope.exit(work);
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
      // A fresh object: pino merges the line's own fields into what the mixin returns.
      mixin: () => ({ ...scope.getStore() }),
      formatters: { log: censorSecretKeys },
    },
    scrubbing(destination, options.secrets ?? []) as pino.DestinationStream,
  );
}

export type { Logger };

export interface ErrorSummary {
  name: string;
  message: string;
  code?: string;
  stack?: string;
}

/** An error as log fields: name, message, Slack's code and the stack, never the request (which may hold a token). */
export function errorSummary(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack === undefined ? {} : { stack: error.stack }),
  };
}
