import type { Activity } from '@microsoft/teams.api';
import { teamsDisplayNames } from '../../../storage/teamsConversations.js';
import { configuredContext } from '../../../usecases/context.js';
import type { CommandContext } from '../../../usecases/index.js';
import type { TeamsDeps } from '../deps.js';

/**
 * Who wrote, as Rinde knows them in a Teams deployment: the Microsoft Entra object ID, which is what
 * ADMIN_USERS, `rinde assign` and the offices hold. Teams always sends it for people in the tenant;
 * the Teams ID stands in only for an account without one (a guest from outside, a bot).
 */
export function callerOf(activity: Pick<Activity, 'from'>): { userId: string; displayName: string | null } {
  return { userId: activity.from.aadObjectId ?? activity.from.id, displayName: activity.from.name ?? null };
}

/** The command layer's context for one Teams activity: fresh clock, the caller, optional plan. */
export async function callerContext(
  deps: TeamsDeps,
  activity: Pick<Activity, 'from' | 'id'>,
  planId: number | null = null,
): Promise<CommandContext> {
  const names = await teamsDisplayNames(deps.db);
  return {
    db: deps.db,
    now: deps.clock(),
    ...configuredContext(deps.config),
    caller: callerOf(activity),
    source: 'chat',
    mention: (id) => names.get(id) ?? id,
    planRef: planId === null ? undefined : String(planId),
    // The activity's own ID: Teams retrying the same activity stores nothing new.
    ...(activity.id === undefined ? {} : { requestKey: `teams:${activity.id}` }),
  };
}
