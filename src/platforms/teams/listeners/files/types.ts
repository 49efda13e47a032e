import type { IFileConsentInvokeActivity } from '@microsoft/teams.api';
import type { IActivityContext } from '@microsoft/teams.apps';

/** What the person answered on the file-consent card: accepted (with where to upload) or declined. */
export type FileConsentHandler = (ctx: IActivityContext<IFileConsentInvokeActivity>) => Promise<void>;
