import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { errorSummary } from '../../logger.js';
import { messages } from '../../wording/messages.js';
import { sendDirectMessage } from './delivery.js';
import { errorTargetSchema } from './payloads.js';
import { postToResponseUrl } from './services/respond.js';

// Bolt wraps errors without a code in UnknownError; the log should name the real one.
function originalOf(error: Error): unknown {
  return (error as { original?: unknown }).original ?? error;
}

interface Target {
  /** "/avance", "block_actions", "app_home_opened": what failed, for the log. */
  request: string | null;
  responseUrl: string | null;
  userId: string | null;
}

function targetOf(body: unknown): Target {
  const parsed = errorTargetSchema.safeParse(body);
  if (!parsed.success) return { request: null, responseUrl: null, userId: null };
  const data = parsed.data;
  return {
    request: data.command ?? data.event?.type ?? data.type ?? null,
    responseUrl: data.response_url ?? null,
    userId: data.user_id ?? data.user?.id ?? data.event?.user ?? null,
  };
}

async function tellUser(client: webApi.WebClient, target: Target): Promise<void> {
  const text = `⚠️ ${messages.unexpected}`;
  if (target.responseUrl !== null) {
    await postToResponseUrl(target.responseUrl, { response_type: 'ephemeral', replace_original: false, text });
  } else if (target.userId !== null) {
    await sendDirectMessage(client, target.userId, { text, blocks: [] });
  }
}

/**
 * The last stop for anything a listener did not expect: log it (without tokens or the payload)
 * and tell the user in Spanish that nothing was saved, so a failure is never silent.
 */
export function unexpectedErrorHandler(client: webApi.WebClient) {
  return async ({ error, body }: { error: Error; body: unknown }, logger: Logger): Promise<void> => {
    const target = targetOf(body);
    logger.error(
      { err: errorSummary(originalOf(error)), request: target.request, userId: target.userId },
      'slack request failed',
    );
    try {
      await tellUser(client, target);
    } catch (notifyError) {
      logger.warn({ err: errorSummary(notifyError) }, 'could not tell the user about the failure');
    }
  };
}
