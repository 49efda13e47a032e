import { randomUUID } from 'node:crypto';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { type CommandContext, progressChoices, UserError } from '../../../usecases/index.js';
import { requireCurrentPlan, requirePlanRef } from '../../../usecases/plan.js';
import { type ProgressFormOptions, progressFormCard } from '../cards/progressForm.js';
import { replyCard } from '../cards/replies.js';

/**
 * The progress form for the caller, with the values and errors of a previous try; with no plan, or
 * from a card of an archived plan, the card says so instead.
 */
export async function progressFormFor(
  ctx: CommandContext,
  previous: Partial<Pick<ProgressFormOptions, 'values' | 'errors' | 'formId'>> = {},
  planId: number | null = null,
): Promise<IAdaptiveCard> {
  try {
    if (planId !== null) await requireCurrentPlan(ctx, planId);
    const [plan, choices] = await Promise.all([requirePlanRef(ctx), progressChoices(ctx)]);
    return progressFormCard({
      plan: { id: plan.id, entity: plan.entity, from: plan.startsOn, to: plan.endsOn },
      choices,
      // A form shown again with its errors keeps its identity: it is the same form, tried again.
      formId: previous.formId ?? randomUUID(),
      ...previous,
    });
  } catch (error) {
    if (error instanceof UserError) return replyCard({ kind: 'error', message: error.message });
    throw error;
  }
}
