import type { IAdaptiveCardActionInvokeActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';

export type CardActionContext = IActivityContext<IAdaptiveCardActionInvokeActivity>;
/** A button's handler answers with the card that replaces the one clicked. */
export type CardActionHandler = (ctx: CardActionContext, data: Record<string, unknown>) => Promise<IAdaptiveCard>;
