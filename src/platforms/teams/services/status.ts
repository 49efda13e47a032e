import type { Activity } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { homeData } from '../../../usecases/index.js';
import { statusCard } from '../cards/status.js';
import type { TeamsDeps } from '../deps.js';
import { callerContext } from './context.js';

/** The caller's estado card as of now, on the active plan. */
export async function statusCardFor(deps: TeamsDeps, activity: Pick<Activity, 'from' | 'id'>): Promise<IAdaptiveCard> {
  const home = await homeData(await callerContext(deps, activity));
  // The refresh's userIds take the Teams ID ("29:…"), not the Entra object ID Rinde keeps members by.
  return statusCard(home, activity.from.id);
}
