import type { Context } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { ListenerDeps } from './deps.js';

// Each request's lines carry its ID through a child logger handed down explicitly, not through
// AsyncLocalStorage: on Node 20 that turns on promise hooks for the whole process, which cost about
// a tenth of every command's CPU (docs/decisions/003-request-logger-passed-explicitly.md).

const KEY = 'rindeRequestLogger';

/** The request's logger, for everything its listeners do; set first thing by the app's request scope. */
export function setRequestLogger(context: Context, logger: Logger): void {
  context[KEY] = logger;
}

export function requestLoggerOf(context: Context, fallback: Logger): Logger {
  return (context[KEY] as Logger | undefined) ?? fallback;
}

/** The listener dependencies for one request: the same, with a logger whose lines carry its ID. */
export function requestDeps(deps: ListenerDeps, context: Context): ListenerDeps {
  return { ...deps, logger: requestLoggerOf(context, deps.logger) };
}

/**
 * A listener built for each request from its dependencies, so whatever it logs, however deep,
 * carries the request's ID.
 */
export function perRequest<Args extends { context: Context }>(
  listener: (deps: ListenerDeps) => (args: Args) => Promise<void>,
  deps: ListenerDeps,
): (args: Args) => Promise<void> {
  return (args) => listener(requestDeps(deps, args.context))(args);
}
