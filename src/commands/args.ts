import { z } from 'zod';
import { normalizeActivityId } from '../domain/activityId.js';
import { squish } from '../domain/text.js';
import { UserError } from './errors.js';
import { messages } from './messages.js';

// Slack wraps links as <https://x> or <https://x|label>; other platforms send them bare.
const LINK = /^<?(https?:\/\/[^\s|>]+)(\|[^>]*)?>?$/i;

function tokens(text: string): string[] {
  return squish(text) === '' ? [] : squish(text).split(' ');
}

function splitEvidence(words: string[]): { note: string | null; evidenceUrl: string | null } {
  const linkIndex = words.findLastIndex((word) => LINK.test(word));
  const evidenceUrl = linkIndex === -1 ? null : (LINK.exec(words[linkIndex] ?? '')?.[1] ?? null);
  const noteWords = linkIndex === -1 ? words : words.filter((_, index) => index !== linkIndex);
  const note = noteWords.join(' ').trim();
  return { note: note === '' ? null : note, evidenceUrl };
}

export const activityCodeSchema = z.string().transform((text, ctx) => {
  if (text === '') {
    ctx.addIssue({ code: 'custom', message: messages.activityRequired });
    return z.NEVER;
  }
  const code = normalizeActivityId(text);
  if (code === null) {
    ctx.addIssue({ code: 'custom', message: messages.invalidActivityId(text) });
    return z.NEVER;
  }
  return code;
});

export const amountSchema = z.string().transform((text, ctx) => {
  if (text === '') {
    ctx.addIssue({ code: 'custom', message: messages.amountRequired });
    return z.NEVER;
  }
  const match = /^(-?\d+(?:[.,]\d+)?)%?$/.exec(text);
  const amount = match?.[1] === undefined ? Number.NaN : Number(match[1].replace(',', '.'));
  if (Number.isNaN(amount)) {
    ctx.addIssue({ code: 'custom', message: messages.amountNotANumber(text) });
    return z.NEVER;
  }
  if (amount <= 0) {
    ctx.addIssue({ code: 'custom', message: messages.amountNotPositive });
    return z.NEVER;
  }
  return amount;
});

export const evidenceUrlSchema = z.url({ protocol: /^https?$/, message: messages.invalidEvidenceUrl }).max(2000);

export const progressInputSchema = z.object({
  activityCode: activityCodeSchema,
  amount: amountSchema,
  note: z.string().max(3000, messages.noteTooLong).nullable(),
  evidenceUrl: evidenceUrlSchema.nullable(),
});

export type ProgressInput = z.infer<typeof progressInputSchema>;

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? messages.avanceUsage;
}

/** Validates a progress entry however it arrived (typed command, modal, CLI flags). */
export function parseProgressInput(input: z.input<typeof progressInputSchema>): ProgressInput {
  const parsed = progressInputSchema.safeParse(input);
  if (!parsed.success) throw new UserError('invalid_arguments', firstMessage(parsed.error));
  return parsed.data;
}

/** `/avance 1.2 10 Publicamos 10 piezas https://…` → a validated progress input. */
export function parseAvanceText(text: string): ProgressInput {
  const [activityText, amountText, ...rest] = tokens(text);
  if (activityText === undefined) throw new UserError('invalid_arguments', messages.avanceUsage);
  if (amountText === undefined) throw new UserError('invalid_arguments', messages.amountMissing(activityText));
  return parseProgressInput({ activityCode: activityText, amount: amountText, ...splitEvidence(rest) });
}

/** `/estado` or `/estado 1.2`. */
export function parseEstadoText(text: string): { activityCode: string | null } {
  const [first] = tokens(text);
  if (first === undefined) return { activityCode: null };
  const parsed = activityCodeSchema.safeParse(first);
  if (!parsed.success) throw new UserError('invalid_arguments', firstMessage(parsed.error));
  return { activityCode: parsed.data };
}

export type ProgressField = keyof ProgressInput;

export type ProgressFormResult =
  | { ok: true; input: ProgressInput }
  | { ok: false; fieldErrors: Partial<Record<ProgressField, string>> };

/** A progress form (Slack's modal) validated field by field, so each error shows on its field. */
export function parseProgressForm(fields: {
  activityCode?: string | null;
  amount?: string | null;
  note?: string | null;
  evidenceUrl?: string | null;
}): ProgressFormResult {
  const parsed = progressInputSchema.safeParse({
    activityCode: fields.activityCode?.trim() ?? '',
    amount: fields.amount?.trim() ?? '',
    note: fields.note?.trim() || null,
    evidenceUrl: fields.evidenceUrl?.trim() || null,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const fieldErrors: Partial<Record<ProgressField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ProgressField;
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

export { tokens as splitWords };
