import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { messages } from '../../../../wording/messages.js';
import { ADAPTIVE_CARD } from '../../cards/kit.js';
import { replyCard } from '../../cards/replies.js';
import { VERBS, type Verb } from '../../cards/verbs.js';
import type { TeamsDeps } from '../../deps.js';
import { confirmProgress } from './confirmProgress.js';
import { openProgressForm } from './openProgressForm.js';
import { showStatus } from './showStatus.js';
import { submitProgress } from './submitProgress.js';
import type { CardActionHandler } from './types.js';

function cardResponse(card: IAdaptiveCard): AdaptiveCardActionResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
}

/** The Action.Execute buttons of Rinde's cards, routed by verb (cards/verbs.ts). */
export function register(app: App, deps: TeamsDeps): void {
  const handlers: Record<Verb, CardActionHandler> = {
    [VERBS.openProgressForm]: openProgressForm(deps),
    [VERBS.submitProgress]: submitProgress(deps),
    [VERBS.confirmProgress]: confirmProgress(deps),
    [VERBS.showStatus]: showStatus(deps),
  };
  app.on('card.action', async (ctx) => {
    const { action } = ctx.activity.value;
    const handler = handlers[action.verb as Verb] as CardActionHandler | undefined;
    if (handler === undefined) return cardResponse(replyCard({ kind: 'error', message: messages.unexpected }));
    try {
      return cardResponse(await handler(ctx, action.data ?? {}));
    } catch (error) {
      deps.logger.error(
        {
          err:
            error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
          verb: action.verb,
        },
        'teams card action failed',
      );
      return cardResponse(replyCard({ kind: 'error', message: messages.unexpected }));
    }
  });
}
