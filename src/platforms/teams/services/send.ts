import type { IActivityContext } from '@microsoft/teams.apps';
import type { Reply } from '../../../usecases/replies.js';
import { replyMessage } from '../cards/replies.js';

/** Answers in the conversation the activity came from, as a card. */
export async function sendReply(
  ctx: Pick<IActivityContext, 'send'>,
  reply: Reply,
  requestKey: string | null = null,
): Promise<void> {
  await ctx.send(replyMessage(reply, requestKey));
}

export async function sendProblem(ctx: Pick<IActivityContext, 'send'>, message: string): Promise<void> {
  await sendReply(ctx, { kind: 'error', message });
}
