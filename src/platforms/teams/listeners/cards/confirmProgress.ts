import { z } from 'zod';
import { logProgress, replyingToUserErrors, requireCurrentPlan } from '../../../../usecases/index.js';
import { replyCard } from '../../cards/replies.js';
import type { TeamsDeps } from '../../deps.js';
import { planIdOf } from '../../services/cardData.js';
import { callerContext } from '../../services/context.js';
import { postPlanningNote } from '../../services/planningNote.js';
import type { CardActionHandler } from './types.js';

/** What the confirmation card carries: the entry the command layer asked about, as it built it. */
const pendingSchema = z.object({
  activityCode: z.string(),
  amount: z.number().positive(),
  note: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  effectiveOn: z.string().nullable().optional(),
  percentOfTarget: z.boolean().optional(),
});

/**
 * "Sí, registrar N" on the card that asked before passing the target: logs exactly what was asked,
 * confirmed, and the card becomes the confirmation. Clicking twice stores it once: the button carries
 * a request key made from the request that asked.
 */
export function confirmProgress(deps: TeamsDeps): CardActionHandler {
  return async (ctx, data) => {
    const planId = planIdOf(data);
    const base = await callerContext(deps, ctx.activity, planId);
    const context = typeof data.requestKey === 'string' ? { ...base, requestKey: data.requestKey } : base;
    const pending = pendingSchema.safeParse(data.pending);
    const reply = await replyingToUserErrors(async () => {
      if (!pending.success) throw new Error('confirmation card without its pending entry');
      if (planId !== null) await requireCurrentPlan(context, planId);
      return logProgress(context, { ...pending.data, confirmed: true });
    });
    await postPlanningNote(deps, ctx, reply);
    return replyCard(reply);
  };
}
