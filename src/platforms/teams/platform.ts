import type { PngFile } from '../../charts/complianceChart.js';
import type { Db } from '../../storage/database.js';
import { getTeamsConversation, latestTeamsServiceUrl, teamsDisplayNames } from '../../storage/teamsConversations.js';
import { type ChatPlatform, DeliveryError } from '../port.js';
import { card, cardMessage, text } from './cards/kit.js';
import { noticeCard, teamsMarkup } from './notices.js';

/** How long one job call to the connector may take: far below the outbox's lease. */
export const JOB_CALL_TIMEOUT_MS = 10_000;

/** Teams' global connector, for a channel when no member's conversation says which region serves the tenant. */
export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

export const NOT_INSTALLED =
  'todavía no ha agregado la aplicación Rinde en Teams (pídale que la agregue desde Aplicaciones; desde ese momento le llegan)';

/** Teams answers 403 to a bot the member blocked or removed from their chat ("BotNotInConversationRoster"). */
export const BOT_REMOVED =
  'quitó o bloqueó la aplicación Rinde en Teams (pídale que la agregue de nuevo desde Aplicaciones)';
/** Teams answers 404 for a conversation that no longer exists: the member left the tenant or the chat was deleted. */
export const CONVERSATION_GONE =
  'Teams ya no encuentra su chat con Rinde (si sigue en la entidad, pídale que agregue la aplicación de nuevo)';

export interface TeamsPlatformOptions {
  db: Db;
  /** The bot's token for the connector (src/platforms/teams/auth.ts), with the Bot Framework's scope. */
  token: () => Promise<string>;
  timeoutMs?: number;
}

function retryAfterOf(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** The connector's answer, sorted the way the outbox treats failures (src/platforms/port.ts). */
async function classifyResponse(response: Response): Promise<DeliveryError> {
  const body = await response.text().catch(() => '');
  const detail = `Teams respondió ${response.status}${body === '' ? '' : `: ${body.slice(0, 200)}`}`;
  if (response.status === 429) return new DeliveryError('rate_limited', detail, retryAfterOf(response));
  if (response.status >= 500) return new DeliveryError('server_error', detail);
  if (response.status === 401) return new DeliveryError('unauthorized', detail);
  // The member removed the bot or left the tenant: skip them, the admins are told in these words.
  if (response.status === 403) return new DeliveryError('unreachable', BOT_REMOVED);
  if (response.status === 404) return new DeliveryError('unreachable', CONVERSATION_GONE);
  return new DeliveryError('fatal', detail);
}

/** Connection refused or no such host: the request never reached Teams, so nothing was posted. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** A call that got no answer: retried if it never left, `unknown` (never sent again) if it may have been posted. */
function fetchFailure(error: unknown): DeliveryError {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const message = error instanceof Error ? error.message : String(error);
  if (code !== null && NEVER_SENT.has(code)) {
    return new DeliveryError('server_error', `Teams no está al alcance: ${message} (${code})`);
  }
  // Handed over, no answer: it may have been posted, so it is never sent again (docs/decisions/010).
  return new DeliveryError('unknown', `Teams no respondió: ${message}${code === null ? '' : ` (${code})`}`);
}

/**
 * Teams as the jobs' platform: a reminder goes to the member's personal conversation, stored when they
 * installed the app (a member without one is unreachable, reported like an unstaffed office), and
 * channel notices to the planning channel, all as Adaptive Cards through the Bot Framework connector.
 */
export function teamsPlatform(options: TeamsPlatformOptions): ChatPlatform {
  const timeoutMs = options.timeoutMs ?? JOB_CALL_TIMEOUT_MS;

  const post = async (serviceUrl: string, conversationId: string, activity: unknown): Promise<void> => {
    let token: string;
    try {
      token = await options.token();
    } catch (error) {
      throw new DeliveryError('server_error', `no se obtuvo el token del bot: ${(error as Error).message}`);
    }
    const url = `${serviceUrl.replace(/\/*$/, '/')}v3/conversations/${encodeURIComponent(conversationId)}/activities`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw fetchFailure(error);
    }
    if (!response.ok) throw await classifyResponse(response);
  };

  const channelUrl = async () => (await latestTeamsServiceUrl(options.db)) ?? DEFAULT_SERVICE_URL;
  const markup = async () => teamsMarkup(await teamsDisplayNames(options.db));

  return {
    async directMessage(userId, notice, beforePost) {
      const conversation = await getTeamsConversation(options.db, userId);
      if (conversation === null) throw new DeliveryError('unreachable', NOT_INSTALLED);
      const rendered = noticeCard(notice, await markup());
      await beforePost?.();
      await post(conversation.serviceUrl, conversation.conversationId, cardMessage(rendered.card, rendered.summary));
    },
    async channelMessage(channel, notice) {
      const rendered = noticeCard(notice, await markup());
      await post(await channelUrl(), channel, cardMessage(rendered.card, rendered.summary));
    },
    async uploadPng(channel: string, file: PngFile, comment: string) {
      const image = {
        type: 'Image' as const,
        url: `data:image/png;base64,${Buffer.from(file.bytes).toString('base64')}`,
        altText: file.title,
      };
      await post(await channelUrl(), channel, cardMessage(card([text(comment), image], [], comment), comment));
    },
  };
}
