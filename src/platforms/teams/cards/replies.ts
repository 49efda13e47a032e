import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { renderReplyText } from '../../../usecases/renderText.js';
import type { Reply } from '../../../usecases/replies.js';
import { formatAmount } from '../../../wording/messages.js';
import { card, cardMessage, execute, heading, lines, text } from './kit.js';
import { VERBS } from './verbs.js';

type ReplyOf<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

function progressLoggedCard(reply: ReplyOf<'progress-logged'>): IAdaptiveCard {
  const [first = '', ...rest] = renderReplyText(reply).split('\n');
  return card(
    [heading(first), ...lines(rest.map((line) => line.trim()))],
    [
      execute('Registrar otro avance', VERBS.openProgressForm, { planId: reply.plan.id }),
      // The way back to the estado card, which the form may have replaced.
      execute('Ver mis actividades', VERBS.showStatus),
    ],
    first,
  );
}

/**
 * Past the target nothing was logged: the card asks, and its button logs exactly what was asked,
 * under a request key made from the asking request's, so clicking it twice stores one entry.
 */
function confirmCard(reply: ReplyOf<'confirm-progress'>, requestKey: string | null): IAdaptiveCard {
  return card(
    [text(`⚠️ ${reply.message}`, { weight: 'Bolder' }), text(reply.howToConfirm, { isSubtle: true })],
    [
      execute(
        `Sí, registrar ${formatAmount(reply.amount)}`,
        VERBS.confirmProgress,
        {
          planId: reply.plan.id,
          pending: reply.pending,
          ...(requestKey === null ? {} : { requestKey: `${requestKey}:confirmar` }),
        },
        'positive',
      ),
    ],
    reply.message,
  );
}

/**
 * Any reply as an Adaptive Card: progress and confirmations with their buttons, the rest as its
 * lines. `requestKey` is the request that got the reply, for a confirmation's button.
 */
export function replyCard(reply: Reply, requestKey: string | null = null): IAdaptiveCard {
  switch (reply.kind) {
    case 'progress-logged':
      return progressLoggedCard(reply);
    case 'confirm-progress':
      return confirmCard(reply, requestKey);
    default: {
      const rendered = renderReplyText(reply).split('\n');
      const [first = '', ...rest] = rendered;
      return card([text(first, { weight: 'Bolder' }), ...lines(rest)], [], first);
    }
  }
}

/** The message that answers a command in a chat. */
export function replyMessage(reply: Reply, requestKey: string | null = null) {
  return cardMessage(replyCard(reply, requestKey), renderReplyText(reply).split('\n')[0] ?? '');
}
