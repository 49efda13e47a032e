import type { IConversationUpdateActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { TeamsDeps } from '../../deps.js';
import { rememberPersonalConversation } from '../../services/conversations.js';

/**
 * `conversationUpdate` with the bot among the members added: in a personal chat this is the other
 * sign of an install (Teams sends both, in either order), so the conversation is stored here too;
 * the welcome is the installation update's alone, so it is not sent twice.
 */
export function membersAdded(deps: TeamsDeps) {
  return async (ctx: IActivityContext<IConversationUpdateActivity>): Promise<void> => {
    const { activity } = ctx;
    const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
    if (botAdded) await rememberPersonalConversation(deps, activity);
  };
}
