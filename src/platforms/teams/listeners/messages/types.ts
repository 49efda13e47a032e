import type { IMessageActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';

/** A typed command's handler gets the activity and the text after the command's name. */
export type MessageContext = IActivityContext<IMessageActivity>;
export type MessageHandler = (ctx: MessageContext, text: string) => Promise<void>;
