import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Reply } from '../../../usecases/index.js';
import { ephemeralOf } from './respond.js';

/**
 * How long a slash command's work may run before the ack goes out empty. Slack gives up on a
 * command not acknowledged within 3 s; the rest of the 3 s covers the trip to and from Slack.
 */
export const ACK_REPLY_BUDGET_MS = 2000;

const TOO_SLOW = Symbol('too slow');

/**
 * Answers a slash command in its acknowledgement when the work is quick, as Slack allows: the
 * reply travels in the HTTP response, so whatever the work stored is committed before Slack hears
 * back, and no second request to the response_url follows. Work still running after the budget is
 * acknowledged empty and answered through `respond` once done; the reply goes one way, never both.
 * A failure is acknowledged empty and rethrown, for the app's error handler to tell the user.
 * Returns the reply, for what the caller does after answering.
 */
export async function ackWithReply(
  { ack, respond }: Pick<SlackCommandMiddlewareArgs, 'ack' | 'respond'>,
  work: () => Promise<Reply>,
  budgetMs = ACK_REPLY_BUDGET_MS,
): Promise<Reply> {
  const running = work();
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<typeof TOO_SLOW>((resolve) => {
    timer = setTimeout(() => resolve(TOO_SLOW), budgetMs);
  });
  let first: Reply | typeof TOO_SLOW;
  try {
    first = await Promise.race([running, budget]);
  } catch (error) {
    await ack();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (first !== TOO_SLOW) {
    await ack(ephemeralOf(first));
    return first;
  }
  await ack();
  const reply = await running;
  await respond(ephemeralOf(reply));
  return reply;
}
