import type { IsoDate } from '../../../../domain/types.js';
import { parseWorkDate } from '../../../../usecases/args.js';
import {
  logProgress,
  parseProgressForm,
  replyingToUserErrors,
  requireCurrentPlan,
  UserError,
} from '../../../../usecases/index.js';
import { replyCard } from '../../cards/replies.js';
import type { TeamsDeps } from '../../deps.js';
import { formIdOf, planIdOf, progressFormValues } from '../../services/cardData.js';
import { callerContext } from '../../services/context.js';
import { postPlanningNote } from '../../services/planningNote.js';
import { progressFormFor } from '../../services/progressForm.js';
import type { CardActionHandler } from './types.js';

function workDateOf(text: string | null | undefined): { effectiveOn?: IsoDate } | { error: string } {
  if (text == null || text.trim() === '') return {};
  try {
    return { effectiveOn: parseWorkDate(text.trim()) };
  } catch (error) {
    if (error instanceof UserError) return { error: error.message };
    throw error;
  }
}

/**
 * The progress form's "Guardar": validated field by field like Slack's modal, saved through the
 * command layer (same rights, same messages), and answered by replacing the form with the
 * confirmation; a mistake brings the form back with the error on its field and the values kept.
 */
export function submitProgress(deps: TeamsDeps): CardActionHandler {
  return async (ctx, data) => {
    const planId = planIdOf(data);
    const values = progressFormValues(data);
    const formId = formIdOf(data);
    const base = await callerContext(deps, ctx.activity, planId);
    // The form's identity is the request's: a second click on the same form finds the entry already stored.
    const context = formId === null ? base : { ...base, requestKey: `teams-form:${formId}` };
    const again = { values, ...(formId === null ? {} : { formId }) };
    const form = parseProgressForm(values);
    const workDate = workDateOf(values.effectiveOn);
    if (!form.ok || 'error' in workDate) {
      const errors = {
        ...(form.ok ? {} : form.fieldErrors),
        ...('error' in workDate ? { effectiveOn: workDate.error } : {}),
      };
      return progressFormFor(context, { ...again, errors }, planId);
    }
    const reply = await replyingToUserErrors(async () => {
      if (planId !== null) await requireCurrentPlan(context, planId);
      return logProgress(context, { ...form.input, ...workDate });
    });
    // Unknown activity, no rights, a closed vigencia: all about the chosen activity.
    if (reply.kind === 'error')
      return progressFormFor(context, { ...again, errors: { activityCode: reply.message } }, planId);
    await postPlanningNote(deps, ctx, reply);
    return replyCard(reply, context.requestKey ?? null);
  };
}
