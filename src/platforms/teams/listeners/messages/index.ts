import type { IMessageActivity } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { messages } from '../../../../wording/messages.js';
import type { TeamsDeps } from '../../deps.js';
import { rememberPersonalConversation } from '../../services/conversations.js';
import { sendProblem } from '../../services/send.js';
import { mentionsOf, splitCommand } from '../../services/text.js';
import { avanceMessage } from './avance.js';
import { commandMessage } from './command.js';
import { estadoMessage } from './estado.js';
import { rindeMessage } from './rinde.js';
import { unknownMessage } from './unknown.js';

/** In a channel or group chat the bot answers only when mentioned; in a personal chat, always. */
function addressedToBot(activity: IMessageActivity): boolean {
  if (activity.conversation.conversationType === 'personal') return true;
  return mentionsOf(activity).some((mention) => mention.id === activity.recipient.id);
}

/**
 * Typed commands: `avance 1.2 10 nota`, `/estado 1.2`, `@Rinde pendientes`. Teams has no slash
 * commands; the manifest's command menu fills in the same words.
 */
export function register(app: App, deps: TeamsDeps): void {
  const handlers = {
    avance: avanceMessage(deps),
    estado: estadoMessage(deps),
    pendientes: commandMessage(deps, 'pendientes'),
    ayuda: commandMessage(deps, 'ayuda'),
    rinde: rindeMessage(deps),
  };
  const unknown = unknownMessage();
  app.on('message', async (ctx) => {
    const { activity } = ctx;
    if (!addressedToBot(activity)) return;
    // Every personal message refreshes where reminders go (a service URL can change).
    await rememberPersonalConversation(deps, activity);
    const command = splitCommand(activity.text ?? '', mentionsOf(activity), activity.recipient.id);
    try {
      if (command === null) await unknown(ctx, '');
      else if ('unknown' in command) await unknown(ctx, command.unknown);
      else await handlers[command.name](ctx, command.rest);
    } catch (error) {
      // The person who typed always hears back; the bug goes to the log.
      deps.logger.error(
        {
          err:
            error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
          activityId: activity.id,
        },
        'teams message failed',
      );
      await sendProblem(ctx, messages.unexpected);
    }
  });
}
