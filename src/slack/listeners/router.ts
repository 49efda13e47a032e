import type { Context } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { requestDeps } from '../requestLogger.js';

// Bolt runs the middleware of every registered listener on every request, so each listener costs
// every request, whatever it is for: the insert floor of bench/avance.ts with Rinde's then nine
// listeners instead of one did a quarter fewer commands per second. So each kind registers one Bolt
// listener that hands the request to the listener named by its command or action ID; the listeners
// themselves stay one per file.

/** Matches exactly one of `names`, as Bolt matches a command name or an action ID. */
export function oneOf(names: readonly string[]): RegExp {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})$`);
}

/**
 * One listener that calls the listener registered under the request's name (`nameOf`), built for
 * the request from `deps` (see requestLogger.ts).
 */
export function routed<Args extends { context: Context }>(
  listeners: Readonly<Record<string, (deps: ListenerDeps) => (args: Args) => Promise<void>>>,
  nameOf: (args: Args) => string,
  deps: ListenerDeps,
): (args: Args) => Promise<void> {
  return async (args) => {
    const listener = listeners[nameOf(args)];
    if (listener !== undefined) await listener(requestDeps(deps, args.context))(args);
  };
}
