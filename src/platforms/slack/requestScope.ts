import { createHash } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { currentLogFields, type Logger, withLogFields } from '../../logger.js';
import type { InFlight } from './inFlight.js';

const ID_FIELDS = ['event_id', 'trigger_id'] as const;

/**
 * A short ID for one Slack request, the same in every line it causes: the event's or the trigger's
 * own ID when the payload has one, else a hash of the payload (never the payload itself).
 */
export function requestIdOf(body: unknown): string {
  if (typeof body === 'object' && body !== null) {
    for (const field of ID_FIELDS) {
      const value = (body as Record<string, unknown>)[field];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
}

function requestKindOf(body: unknown): string {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const event = fields.event as { type?: unknown } | undefined;
  const kind = fields.command ?? event?.type ?? fields.type;
  return typeof kind === 'string' ? kind : 'unknown';
}

/**
 * The app's first middleware. The rest of the request (its listeners, what they call, Bolt's and
 * the Web API client's own lines) runs with the request's ID on every log line (docs/decisions/003),
 * counts as in flight until its listeners finish, well after the ack, and ends with one
 * `slack request` line.
 */
export function requestScope(logger: Logger, inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return ({ body, context, next }) =>
    withLogFields({ requestId: requestIdOf(body), ...(context.retryNum ? { retryNum: context.retryNum } : {}) }, () =>
      inFlight.track(async () => {
        const started = performance.now();
        let ok = false;
        try {
          await next();
          ok = true;
        } finally {
          logger.info({ kind: requestKindOf(body), ok, ms: Math.round(performance.now() - started) }, 'slack request');
        }
      }),
    );
}

/**
 * Runs `work` as part of the request `body` belongs to: Bolt calls the error handler inside the
 * request's scope, except for a request that never reached it (a failed authorization).
 */
export function inRequestOf<T>(body: unknown, work: () => T): T {
  return currentLogFields() === undefined ? withLogFields({ requestId: requestIdOf(body) }, work) : work();
}
