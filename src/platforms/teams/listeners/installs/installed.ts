import type { InstallUpdateActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import { homeData } from '../../../../usecases/index.js';
import { cardMessage } from '../../cards/kit.js';
import { welcomeCard } from '../../cards/welcome.js';
import type { TeamsDeps } from '../../deps.js';
import { callerContext } from '../../services/context.js';
import { rememberPersonalConversation } from '../../services/conversations.js';

/**
 * `installationUpdate` (add): in a personal scope the member's conversation is stored, so reminders
 * can reach them, and they get the welcome card with their activities. Installed in a team, the
 * welcome goes to the channel it was added from.
 */
export function installed(deps: TeamsDeps) {
  return async (ctx: IActivityContext<Extract<InstallUpdateActivity, { action: 'add' }>>): Promise<void> => {
    const { activity } = ctx;
    const personal = await rememberPersonalConversation(deps, activity);
    const context = await callerContext(deps, activity);
    const home = await homeData(context);
    const name = personal ? (activity.from.name ?? null) : null;
    await ctx.send(cardMessage(welcomeCard(name, home), 'Bienvenida a Rinde'));
  };
}
