import * as webApi from '@slack/web-api';
import { z } from 'zod';
import { DeliveryError } from '../port.js';
import type { SlackMessage } from './blocks/kit.js';

/**
 * Direct messages to one person (confirmations, reminders): open the DM, post Block Kit with its
 * text fallback, return where it landed. Failures come back as a DeliveryError (src/platforms/port.ts)
 * sorted by Slack's rules, whose `kind` tells a caller with its own retry bookkeeping (the outbox) what to do next.
 */
export interface Delivered {
  channel: string;
  ts: string;
}

/** Platform errors that are Slack's trouble, not ours: worth another try later. */
const TRANSIENT_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);
/** About the person messaged, not the message or the app: only their copy is skipped. */
export const UNREACHABLE_RECIPIENT_ERRORS: ReadonlySet<string> = new Set([
  'user_not_found',
  'user_disabled',
  'account_inactive',
  'user_not_visible',
  'cannot_dm_bot',
]);
/** About the token: every call fails the same way until it is replaced. */
export const TOKEN_ERRORS: ReadonlySet<string> = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
]);
// With rejectRateLimitedCalls off, the SDK waits and retries a 429 itself; once out of retries it
// throws a plain Error that names the wait in its message.
const EXHAUSTED_RATE_LIMIT = /rate limit was exceeded.*retry-after: (\d+)/i;
const DEFAULT_RETRY_AFTER_SECONDS = 60;

function platformFailure(error: webApi.WebAPIPlatformError): DeliveryError {
  const code = error.data.error;
  if (code === 'ratelimited') {
    const retryAfter = error.data.response_metadata?.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
    return new DeliveryError('rate_limited', code, retryAfter);
  }
  if (TRANSIENT_PLATFORM_ERRORS.has(code)) return new DeliveryError('server_error', code);
  // account_inactive is both: for a direct message the deactivated member; at start-up, auth.test
  // reports a deactivated bot as a configuration error (connection.ts) before any job runs.
  if (UNREACHABLE_RECIPIENT_ERRORS.has(code)) return new DeliveryError('unreachable', code);
  if (TOKEN_ERRORS.has(code)) return new DeliveryError('unauthorized', code);
  return new DeliveryError('fatal', code);
}

/** Sorts any Web API failure into rate limited (wait), server error (retry) or fatal (give up). */
export function classifyDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('rate_limited', error.message, error.retryAfter);
  }
  if (error instanceof webApi.WebAPIPlatformError) return platformFailure(error);
  if (error instanceof webApi.WebAPIHTTPError) {
    return new DeliveryError(error.statusCode >= 500 ? 'server_error' : 'fatal', `HTTP ${error.statusCode}`);
  }
  if (error instanceof webApi.WebAPIRequestError) return new DeliveryError('server_error', requestErrorText(error));
  const message = error instanceof Error ? error.message : String(error);
  const exhausted = EXHAUSTED_RATE_LIMIT.exec(message);
  if (exhausted !== null) return new DeliveryError('rate_limited', message, Number(exhausted[1]));
  return new DeliveryError('fatal', message);
}

function requestErrorText(error: webApi.WebAPIRequestError): string {
  const cause = (error.original as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
  return `${error.original.name}: ${error.original.message}${code}`;
}

/** Connection refused or no such host: the request never reached Slack, so nothing was posted. */
function neverSent(error: webApi.WebAPIRequestError): boolean {
  const code = (error.original as { cause?: { code?: unknown } }).cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

/**
 * A post whose request may have reached Slack and whose answer did not come back (a timeout, a reset)
 * has an unknown outcome: Slack has no idempotency key for chat.postMessage, so posting again could
 * post twice. Rinde does not repost it (docs/decisions/010).
 */
export function classifyPostError(error: unknown): DeliveryError {
  if (error instanceof webApi.WebAPIRequestError && !neverSent(error)) {
    return new DeliveryError('unknown', requestErrorText(error));
  }
  return classifyDeliveryError(error);
}

const openedSchema = z.object({ channel: z.object({ id: z.string().min(1) }) });
const postedSchema = z.object({ channel: z.string().min(1), ts: z.string().min(1) });

/**
 * DM channel IDs by client and person. The app's DM with someone keeps its ID, and conversations.open
 * is rate-limited (Tier 3, about 50 a minute): a catch-up of hundreds of reminders opens each DM once.
 */
const directChannels = new WeakMap<webApi.WebClient, Map<string, string>>();

function directChannelsOf(client: webApi.WebClient): Map<string, string> {
  let channels = directChannels.get(client);
  if (channels === undefined) {
    channels = new Map();
    directChannels.set(client, channels);
  }
  return channels;
}

async function openDirectMessage(client: webApi.WebClient, userId: string): Promise<string> {
  const channels = directChannelsOf(client);
  const known = channels.get(userId);
  if (known !== undefined) return known;
  const opened = openedSchema.safeParse(await client.conversations.open({ users: userId }));
  if (!opened.success) throw new DeliveryError('fatal', 'conversations.open answered without a channel');
  channels.set(userId, opened.data.channel.id);
  return opened.data.channel.id;
}

// Slack rejects an empty blocks array; a text-only message simply omits it.
function blocksOf(message: SlackMessage): { blocks?: SlackMessage['blocks'] } {
  return message.blocks.length === 0 ? {} : { blocks: message.blocks };
}

/** Sends `message` to `userId`'s DM with the app; resolves to the channel and ts, or rejects with a DeliveryError. */
export async function sendDirectMessage(
  client: webApi.WebClient,
  userId: string,
  message: SlackMessage,
  /** Runs once the DM is open, just before the post: the outbox notes there that the outcome may become unknown. */
  beforePost?: () => Promise<void>,
): Promise<Delivered> {
  let channel: string;
  try {
    channel = await openDirectMessage(client, userId);
  } catch (error) {
    throw classifyDeliveryError(error);
  }
  await beforePost?.();
  try {
    const posted = postedSchema.safeParse(
      await client.chat.postMessage({ channel, text: message.text, ...blocksOf(message), unfurl_links: false }),
    );
    if (!posted.success) throw new DeliveryError('fatal', 'chat.postMessage answered without a ts');
    return posted.data;
  } catch (error) {
    // Whatever went wrong, the next attempt asks Slack for the DM again rather than trust the cache.
    directChannelsOf(client).delete(userId);
    throw classifyPostError(error);
  }
}
