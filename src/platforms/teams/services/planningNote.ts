import type { IActivityContext } from '@microsoft/teams.apps';
import { teamsDisplayNames } from '../../../storage/teamsConversations.js';
import type { Reply } from '../../../usecases/replies.js';
import { cardMessage } from '../cards/kit.js';
import type { TeamsDeps } from '../deps.js';
import { planningNoteCard, teamsMarkup } from '../notices.js';

/**
 * After an entry is saved (progress or a reversal), the planning office's channel gets the note Slack
 * posts. A request answered before (a retry, a second click) posts nothing again. Without
 * PLANNING_CHANNEL there is nowhere to post: the log says so and nothing else happens. A failed post
 * is logged and does not touch the entry or the reply, which stand.
 */
export async function postPlanningNote(
  deps: TeamsDeps,
  ctx: Pick<IActivityContext, 'api'>,
  reply: Reply,
): Promise<void> {
  if (reply.kind !== 'progress-logged' || reply.duplicate === true) return;
  const channel = deps.config.PLANNING_CHANNEL;
  if (channel === undefined) {
    deps.logger.info({ entryId: reply.entry.id }, 'planning note not posted: PLANNING_CHANNEL is not set');
    return;
  }
  const note = planningNoteCard(reply, teamsMarkup(await teamsDisplayNames(deps.db)));
  try {
    // The conversation's service URL is the one the activity came on: the tenant's region.
    await ctx.api.conversations.createActivity(channel, cardMessage(note.card, note.summary));
  } catch (error) {
    deps.logger.warn(
      { channel, entryId: reply.entry.id, err: error instanceof Error ? error.message : String(error) },
      'could not post to the planning channel',
    );
  }
}
