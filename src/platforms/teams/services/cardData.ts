import { z } from 'zod';
import type { ProgressFormValues } from '../cards/progressForm.js';

const planIdSchema = z.object({ planId: z.number().int().nullable().catch(null) }).catch({ planId: null });

/** The plan a card was made for (null: the active one); a card from an archived plan writes nothing into it. */
export function planIdOf(data: Record<string, unknown>): number | null {
  return planIdSchema.parse(data).planId;
}

const text = z.string().nullish().catch(null);

const activityCodeSchema = z
  .object({ activityCode: z.string().trim().min(1).max(50).nullable().catch(null) })
  .catch({ activityCode: null });

/** The activity a "Registrar avance" button was for (the estado card's), or null on a general one. */
export function activityCodeOf(data: Record<string, unknown>): string | null {
  return activityCodeSchema.parse(data).activityCode ?? null;
}

const formSchema = z.object({
  activityCode: text,
  amount: text,
  note: text,
  evidenceUrl: text,
  effectiveOn: text,
});

const formIdSchema = z.object({ formId: z.string().min(1).max(100) }).catch({ formId: '' });

/** The identity a progress form carries (services/progressForm.ts), or null on a card without one. */
export function formIdOf(data: Record<string, unknown>): string | null {
  return formIdSchema.parse(data).formId || null;
}

/** The progress form's inputs, as Teams merged them into the action's data. */
export function progressFormValues(data: Record<string, unknown>): ProgressFormValues {
  return formSchema.parse(data);
}
