import { type Logger, pino } from 'pino';

/**
 * Structured JSON logs. Tokens and the signing secret never reach them: paths that could carry
 * one are censored, whatever a caller passes.
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

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, base: { app: 'rinde' }, redact: { paths: REDACTED_PATHS, censor: '[oculto]' } },
    destination as pino.DestinationStream,
  );
}

export type { Logger };
