import type { webApi } from '@slack/bolt';
import { type Reply, renderReplyText } from '../../../usecases/index.js';
import type { SlackMessage } from '../blocks/kit.js';
import { replyMessage } from '../blocks/replies.js';
import { sendDirectMessage } from '../delivery.js';

export interface EphemeralMessage extends SlackMessage {
  response_type: 'ephemeral';
  replace_original: false;
}

/** A reply as an ephemeral message: only the person who asked sees it, and nothing is replaced. */
export function ephemeralOf(reply: Reply): EphemeralMessage {
  return { response_type: 'ephemeral', replace_original: false, ...replyMessage(reply, renderReplyText(reply)) };
}

/**
 * Posts to a response_url, for the places Bolt offers no `respond` (modal submissions, the global
 * error handler). The URL works in any conversation for 30 minutes, even where the bot is not a member.
 */
export async function postToResponseUrl(url: string, message: object): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(message),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

/**
 * Shows a reply to one person where they are: ephemerally through the response_url when the
 * request came from a conversation, else by direct message (Home tab, a modal opened from it).
 * A response_url expires after 30 minutes (a modal can stay open longer): then the DM is used too.
 */
export async function notifyUser(
  client: webApi.WebClient,
  userId: string,
  responseUrl: string | null,
  reply: Reply,
): Promise<void> {
  const message = ephemeralOf(reply);
  const sent =
    responseUrl !== null &&
    (await postToResponseUrl(responseUrl, message).then(
      () => true,
      () => false,
    ));
  if (sent) return;
  await sendDirectMessage(client, userId, message);
}
