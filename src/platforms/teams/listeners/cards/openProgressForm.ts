import type { TeamsDeps } from '../../deps.js';
import { activityCodeOf, planIdOf } from '../../services/cardData.js';
import { callerContext } from '../../services/context.js';
import { progressFormFor } from '../../services/progressForm.js';
import type { CardActionHandler } from './types.js';

/**
 * "Registrar avance" on the welcome, a reminder, a confirmation or the estado card: the card turns
 * into the progress form, with the button's activity already chosen when it was for one.
 */
export function openProgressForm(deps: TeamsDeps): CardActionHandler {
  return async (ctx, data) => {
    const activityCode = activityCodeOf(data);
    const previous = activityCode === null ? {} : { values: { activityCode } };
    return progressFormFor(await callerContext(deps, ctx.activity), previous, planIdOf(data));
  };
}
