import type { TeamsDeps } from '../../deps.js';
import { planIdOf } from '../../services/cardData.js';
import { callerContext } from '../../services/context.js';
import { progressFormFor } from '../../services/progressForm.js';
import type { CardActionHandler } from './types.js';

/** "Registrar avance" on the welcome card or a confirmation: the card turns into the progress form. */
export function openProgressForm(deps: TeamsDeps): CardActionHandler {
  return async (ctx, data) => progressFormFor(await callerContext(deps, ctx.activity), {}, planIdOf(data));
}
