import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/logger';
import type { Logger } from '../../logger.js';

const levels: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

type Method = 'debug' | 'info' | 'warn' | 'error';

/**
 * The Web API client's debug lines that dump a call's arguments or Slack's answer: message text,
 * blocks, views with their private_metadata (which can hold a response URL), people's names. Only
 * their first words are kept.
 */
const PAYLOAD_DUMP = /^(http request (?:body|result|headers)):/;

function withoutPayload(text: string): string {
  const dump = PAYLOAD_DUMP.exec(text);
  return dump === null ? text : `${dump[1]}: [oculto]`;
}

// Bolt logs loose argument lists; pino wants an object then a message, and errors under `err`.
function write(logger: Logger, method: Method, args: unknown[]): void {
  const error = args.find((arg): arg is Error => arg instanceof Error);
  const text = withoutPayload(
    args
      .filter((arg) => !(arg instanceof Error))
      .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
      .join(' '),
  );
  logger[method](error === undefined ? {} : { err: { name: error.name, message: error.message } }, text);
}

/**
 * The Slack SDKs' logger interface (Bolt, the Web API client) on top of the app's pino logger, so their
 * lines are JSON with the same censoring.
 */
export function slackSdkLogger(base: Logger, component = 'bolt'): BoltLogger {
  let logger = base.child({ component });
  return {
    debug: (...args: unknown[]) => write(logger, 'debug', args),
    info: (...args: unknown[]) => write(logger, 'info', args),
    warn: (...args: unknown[]) => write(logger, 'warn', args),
    error: (...args: unknown[]) => write(logger, 'error', args),
    // The level comes from LOG_LEVEL at start-up; Bolt may not lower or raise it.
    setLevel: () => undefined,
    getLevel: () => levels[logger.level] ?? LogLevel.INFO,
    setName: (name: string) => {
      logger = base.child({ component: name });
    },
  };
}
