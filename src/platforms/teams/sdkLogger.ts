import type { ILogger, LogLevel } from '@microsoft/teams.common';
import type { Logger } from '../../logger.js';

type Method = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/**
 * The Teams SDK logs loose argument lists, some of them whole activities (what people wrote, tokens in
 * headers): only its words and the errors' names and messages reach Rinde's log.
 */
function write(logger: Logger, method: Method, args: unknown[]): void {
  const error = args.find((arg): arg is Error => arg instanceof Error);
  const text = args.filter((arg): arg is string => typeof arg === 'string').join(' ');
  logger[method](error === undefined ? {} : { err: { name: error.name, message: error.message } }, text);
}

/** The Teams SDK's logger interface on top of the app's pino logger (component `teams-sdk`). */
export function teamsSdkLogger(base: Logger, name = 'teams-sdk'): ILogger {
  const logger = base.child({ component: name });
  return {
    trace: (...args: unknown[]) => write(logger, 'trace', args),
    debug: (...args: unknown[]) => write(logger, 'debug', args),
    info: (...args: unknown[]) => write(logger, 'info', args),
    warn: (...args: unknown[]) => write(logger, 'warn', args),
    error: (...args: unknown[]) => write(logger, 'error', args),
    log: (level: LogLevel, ...args: unknown[]) => write(logger, level, args),
    child: (child: string) => teamsSdkLogger(base, `${name}/${child}`),
  };
}
