import type { AllMiddlewareArgs, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { nearestCommand } from '../../../../domain/suggest.js';
import { COMMAND_NAMES } from '../../../../usecases/index.js';
import { messages } from '../../../../wording/messages.js';
import type { ListenerDeps } from '../../deps.js';
import { directMessageSchema } from '../../payloads.js';

/**
 * Only what a person types in a direct message goes on: Rinde's own posts, edits, deletions and
 * channel messages stop here, before the event claim, so they take no dedupe row.
 */
export const typedInDirectMessage: Middleware<SlackEventMiddlewareArgs<'message'>> = async ({ body, next }) => {
  if (directMessageSchema.safeParse(body).success) await next();
};

/**
 * What a person types in their direct message with Rinde is not a command (Slack runs those itself), so it is
 * answered with the command it most likely meant ("avanse 1.2 10" → "¿Quiso decir /avance?"), or how to find them.
 */
export function directMessage(_deps: ListenerDeps) {
  return async ({ body, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = directMessageSchema.safeParse(body);
    if (!parsed.success) return;
    const { channel, text } = parsed.data.event;
    const [word = ''] = text.trim().split(/\s+/);
    const name = word.replace(/^\//, '').toLowerCase();
    await client.chat.postMessage({ channel, text: replyTo(name) });
  };
}

/** A command's own name typed as text is a command Slack did not run; anything else gets the nearest or the hint. */
function replyTo(word: string): string {
  if ((COMMAND_NAMES as readonly string[]).includes(word)) return messages.commandTypedAsText(word);
  const nearest = nearestCommand(word, COMMAND_NAMES);
  return nearest === null ? messages.directMessageHint : messages.unknownCommand(word, nearest);
}
