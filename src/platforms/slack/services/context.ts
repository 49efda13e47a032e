import type { webApi } from '@slack/bolt';
import { configuredContext } from '../../../usecases/context.js';
import type { CommandContext } from '../../../usecases/index.js';
import type { ListenerDeps } from '../deps.js';

export interface SlackUser {
  id: string;
  /** The handle Slack put in the payload, used when users.info cannot give the real name. */
  handle?: string | undefined;
}

/** The command layer's context for one Slack request: fresh clock, the caller's name, optional plan. */
export async function callerContext(
  deps: ListenerDeps,
  client: webApi.WebClient,
  user: SlackUser,
  planId: number | null = null,
): Promise<CommandContext> {
  const displayName = await deps.names(client, user.id, user.handle ?? null);
  return {
    db: deps.db,
    now: deps.clock(),
    ...configuredContext(deps.config),
    caller: { userId: user.id, displayName },
    source: 'chat',
    mention: (id) => `<@${id}>`,
    planRef: planId === null ? undefined : String(planId),
  };
}
