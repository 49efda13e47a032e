import { nearestCommand } from '../../../../domain/suggest.js';
import { messages } from '../../../../wording/messages.js';
import { sendProblem } from '../../services/send.js';
import { COMMAND_WORDS } from '../../services/text.js';
import type { MessageHandler } from './types.js';

/** Anything that is not a command: says which commands there are, with the nearest to what was typed. */
export function unknownMessage(): MessageHandler {
  return async (ctx, word) => {
    await sendProblem(ctx, messages.unknownCommand(word, word === '' ? null : nearestCommand(word, COMMAND_WORDS)));
  };
}
