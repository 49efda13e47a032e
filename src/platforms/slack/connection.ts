import * as webApi from '@slack/web-api';
import type { Logger } from '../../logger.js';
import { errorSummary } from '../../logger.js';
import { TOKEN_ERRORS } from './delivery.js';

/** Slack's code when it refused the token itself (revoked, invalid, a deactivated bot), else null. */
export function tokenRejection(error: unknown): string | null {
  if (!(error instanceof webApi.WebAPIPlatformError)) return null;
  return TOKEN_ERRORS.has(error.data.error) ? error.data.error : null;
}

/** Who the bot is, from auth.test: Bolt needs it to authorise every request and to ignore its own events. */
export interface BotIdentity {
  botToken: string;
  botId: string;
  botUserId: string;
}

export type SlackHealth =
  | { status: 'ok'; since: Date }
  | { status: 'starting'; since: Date }
  | { status: 'degraded'; slack: 'unreachable'; since: Date; attempts: number; lastError: string }
  /** Slack answered and refused the token: no retry helps until an operator replaces it. */
  | { status: 'misconfigured'; slack: 'token_rejected'; since: Date; error: string };

export interface BackoffPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Quick at first (a blip, a restart of a proxy), then once every half minute for as long as it takes. */
export const DEFAULT_BACKOFF: BackoffPolicy = { firstDelayMs: 1000, maxDelayMs: 30_000 };

/** One auth.test may not hang start-up: an unreachable host is retried by the loop, not by the SDK. */
const PROBE_TIMEOUT_MS = 10_000;

export function backoffDelayMs(policy: BackoffPolicy, attempt: number): number {
  const delay = Math.min(policy.firstDelayMs * 2 ** Math.max(attempt - 1, 0), policy.maxDelayMs);
  // Jitter, so instances restarted together do not knock on Slack's door in step.
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

export interface SlackConnection {
  health(): SlackHealth;
  /** A copy of the identity once Slack has answered; rejects while it has not (Bolt then drops the request). */
  identity(): Promise<BotIdentity>;
  /**
   * Resolves true once Slack answered auth.test; never rejects. Retries with backoff until then or
   * `close()` (false), except when Slack refuses the token: that is a configuration error (false at once).
   */
  connect(): Promise<boolean>;
  /** Settles after `connect()`'s first attempt, answered or not: by then `health()` says which. */
  firstAttempt(): Promise<void>;
  close(): void;
}

function identityOf(token: string, result: webApi.AuthTestResponse): BotIdentity {
  if (result.user_id === undefined || result.bot_id === undefined) {
    throw new Error('auth.test did not name the bot (user_id/bot_id missing): is SLACK_BOT_TOKEN a bot token?');
  }
  return { botToken: token, botId: result.bot_id, botUserId: result.user_id };
}

/**
 * Bolt calls auth.test once when the app is built and keeps a failure forever (an unreachable Slack
 * at start-up ends the process with an unhandled rejection). This asks instead, with backoff, until
 * Slack answers, and tells `/healthz` and the logs how it is going meanwhile.
 */
export function createSlackConnection(options: {
  token: string;
  slackApiUrl?: string;
  logger: Logger;
  backoff?: BackoffPolicy;
}): SlackConnection {
  const { token, logger } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const client = new webApi.WebClient(token, {
    ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
    retryConfig: { retries: 0 },
    timeout: PROBE_TIMEOUT_MS,
    logger: silentWebApiLogger,
  });
  let health: SlackHealth = { status: 'starting', since: new Date() };
  let known: BotIdentity | null = null;
  let inFlight: Promise<BotIdentity> | null = null;
  let closed = false;
  let wake: (() => void) | null = null;
  let attempted: () => void = () => undefined;
  const firstAttempt = new Promise<void>((resolve) => {
    attempted = resolve;
  });

  const probe = (): Promise<BotIdentity> => {
    inFlight ??= client.auth
      .test()
      .then((result) => {
        known = identityOf(token, result);
        return known;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  const markUnreachable = (error: unknown, attempt: number) => {
    const since = health.status === 'degraded' ? health.since : new Date();
    const lastError = errorSummary(error).message;
    health = { status: 'degraded', slack: 'unreachable', since, attempts: attempt, lastError };
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  return {
    health: () => health,
    async identity() {
      // Bolt writes the request's user and team into what `authorize` returns: each request gets its own.
      const { botToken, botId, botUserId } = known ?? (await probe());
      return { botToken, botId, botUserId };
    },
    async connect() {
      for (let attempt = 1; !closed; attempt++) {
        try {
          const identity = known ?? (await probe());
          health = { status: 'ok', since: new Date() };
          logger.info({ botUserId: identity.botUserId, attempts: attempt }, 'slack reachable');
          attempted();
          return true;
        } catch (error) {
          const rejected = tokenRejection(error);
          if (rejected !== null) {
            health = { status: 'misconfigured', slack: 'token_rejected', since: new Date(), error: rejected };
            logger.fatal(
              {
                slackError: rejected,
                hint: `Slack rechazó SLACK_BOT_TOKEN (${rejected}). Copie el token vigente de "OAuth & Permissions" (reinstale la app si lo revocaron) y reinicie Rinde.`,
              },
              'slack rejected the bot token; not retrying',
            );
            attempted();
            return false;
          }
          markUnreachable(error, attempt);
          const retryInMs = backoffDelayMs(backoff, attempt);
          logger.warn({ err: errorSummary(error), attempt, retryInMs }, 'slack unreachable; retrying');
          attempted();
          await sleep(retryInMs);
        }
      }
      return false;
    },
    firstAttempt: () => firstAttempt,
    close() {
      closed = true;
      attempted();
      wake?.();
    },
  };
}

// The probe's failures are logged by the loop above, once each, with the retry delay.
const silentWebApiLogger: webApi.Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => undefined,
};
