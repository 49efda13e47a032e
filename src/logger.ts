import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger, pino } from 'pino';

/**
 * Structured JSON logs. Tokens and the signing secret never reach them: paths that could carry
 * one are censored, whatever a caller passes, and the values themselves are scrubbed from every
 * line as a last line of defence (a library may put one inside a message string).
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  '*.SLACK_BOT_TOKEN',
  '*.SLACK_APP_TOKEN',
  '*.SLACK_SIGNING_SECRET',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
];

const CENSOR = '[oculto]';

/** Fields every line written inside `withLogContext` carries, e.g. the Slack request's ID. */
const logContext = new AsyncLocalStorage<Record<string, unknown>>();

/** Runs `work` so that every log line it causes, however deep, carries `fields`. */
export function withLogContext<T>(fields: Record<string, unknown>, work: () => T): T {
  return logContext.run({ ...logContext.getStore(), ...fields }, work);
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
      redact: { paths: REDACTED_PATHS, censor: CENSOR },
      mixin: () => logContext.getStore() ?? {},
    },
    scrubbing(destination, options.secrets ?? []) as pino.DestinationStream,
  );
}

export type { Logger };
