import type { ActionArray, CardElementArray, IAdaptiveCard, IExecuteAction, ITextBlock } from '@microsoft/teams.cards';

/** Teams renders Adaptive Cards up to 1.5 in chats and channels; Action.Execute needs 1.4. */
export const CARD_VERSION = '1.5';

/** Teams' limit on a card's payload is about 28 KB; long lists are cut well before it. */
export const MAX_LINES = 60;

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export function card(body: CardElementArray, actions: ActionArray = [], fallbackText?: string): IAdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    // Full width in a chat: the status and the form read better wide.
    msteams: { width: 'full' },
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(fallbackText === undefined ? {} : { fallbackText }),
  };
}

export function text(value: string, options: Omit<ITextBlock, 'type' | 'text'> = {}): ITextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string): ITextBlock {
  return text(value, { weight: 'Bolder', size: 'Medium' });
}

/** A card's lines, one TextBlock each (a TextBlock's own line breaks are not reliable across Teams clients). */
export function lines(values: readonly string[]): CardElementArray {
  const shown =
    values.length > MAX_LINES
      ? [...values.slice(0, MAX_LINES - 1), `… y ${values.length - MAX_LINES + 1} línea(s) más`]
      : values;
  return shown.map((value) => text(value === '' ? ' ' : value, { spacing: 'None' }));
}

/** A button that comes back to the bot as an `adaptiveCard/action` invoke with this verb and data. */
export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown> = {},
  style?: 'positive',
): IExecuteAction {
  return { type: 'Action.Execute', title, verb, data, ...(style === undefined ? {} : { style }) };
}

/** A message activity carrying one card, with its plain text for notifications and screen readers. */
export function cardMessage(value: IAdaptiveCard, summary: string) {
  return {
    type: 'message' as const,
    summary,
    attachments: [{ contentType: ADAPTIVE_CARD, content: value }],
  };
}
