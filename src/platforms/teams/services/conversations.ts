import type { Activity } from '@microsoft/teams.api';
import { saveTeamsConversation } from '../../../storage/teamsConversations.js';
import type { TeamsDeps } from '../deps.js';

/**
 * Keeps the member's personal conversation with the bot, so reminders can reach them later. Only a
 * personal (1:1) conversation is stored: a channel's is not where a reminder belongs.
 */
export async function rememberPersonalConversation(deps: TeamsDeps, activity: Activity): Promise<boolean> {
  const aadObjectId = activity.from.aadObjectId;
  if (activity.conversation.conversationType !== 'personal' || aadObjectId === undefined) return false;
  await saveTeamsConversation(deps.db, {
    aadObjectId,
    teamsUserId: activity.from.id,
    displayName: activity.from.name ?? null,
    conversationId: activity.conversation.id,
    serviceUrl: activity.serviceUrl ?? '',
    tenantId: activity.conversation.tenantId ?? null,
  });
  return true;
}
