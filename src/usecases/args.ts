import { z } from 'zod';
import { normalizeActivityId } from '../domain/activityId.js';
import { type AmountTextProblem, parseAmountText } from '../domain/amounts.js';
import { isoDate, isValidCalendarDate } from '../domain/dates.js';
import { squish } from '../domain/text.js';
import type { IsoDate } from '../domain/types.js';
import type { ExportFormat } from '../export/files.js';
import { messages } from '../wording/messages.js';
import { UserError } from './errors.js';

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

/** Amounts in es-CO (domain/amounts.ts): `10`, `2,5`, `1.000`, `50%` (of the target). */
export const amountSchema = z.string().transform((text, ctx) => {
  if (text === '') {
    ctx.addIssue({ code: 'custom', message: messages.amountRequired });
    return z.NEVER;
  }
  if (/^-\d/.test(text)) {
    ctx.addIssue({ code: 'custom', message: messages.amountNotPositive });
    return z.NEVER;
  }
  const parsed = parseAmountText(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: amountProblemMessage(parsed.problem, text) });
    return z.NEVER;
  }
  if (parsed.value <= 0) {
    ctx.addIssue({ code: 'custom', message: messages.amountNotPositive });
    return z.NEVER;
  }
  return parsed;
});

function amountProblemMessage(problem: AmountTextProblem, text: string): string {
  if (problem === 'ambiguous-separator') return messages.amountAmbiguous(text);
  if (problem === 'too-many-decimals') return messages.amountTooManyDecimals(text);
  return messages.amountNotANumber(text);
}

export const evidenceUrlSchema = z.url({ protocol: /^https?$/, message: messages.invalidEvidenceUrl }).max(2000);

export const progressInputSchema = z
  .object({
    activityCode: activityCodeSchema,
    amount: amountSchema,
    note: z.string().max(3000, messages.noteTooLong).nullable(),
    evidenceUrl: evidenceUrlSchema.nullable(),
  })
  .transform(({ amount, ...input }) => ({
    ...input,
    amount: amount.value,
    ...(amount.percentOfTarget ? { percentOfTarget: true } : {}),
  }));

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

/** A progress input with the day the work was done, when the user gave one (`fecha:30/08/2024`). */
export interface AvanceInput extends Omit<ProgressInput, 'percentOfTarget'> {
  effectiveOn?: IsoDate | null;
  /** `50%`: the amount is a percentage of the activity's target. */
  percentOfTarget?: boolean;
  /** The user confirmed an amount that passes the target (`confirmar`, `--confirm`, the button). */
  confirmed?: boolean;
  /** The chat request's own identity, so a replay is stored once. */
  requestKey?: string | null;
}

const WORK_DATE_TOKEN = /^fecha:(.*)$/i;
const DAY_FIRST = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "30/08/2024", "30-08-2024" or "2024-08-30" as Colombians write them; anything else is a Spanish error. */
export function parseWorkDate(text: string): IsoDate {
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = YEAR_FIRST.exec(text);
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : yearFirst
      ? [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (!isValidCalendarDate(year, month, day)) throw new UserError('invalid_arguments', messages.invalidWorkDate(text));
  return isoDate(year, month, day);
}

/** Takes the `fecha:…` word out of a note, wherever the user put it. */
function splitWorkDate(words: string[]): { words: string[]; effectiveOn: IsoDate | null } {
  const index = words.findIndex((word) => WORK_DATE_TOKEN.test(word));
  if (index === -1) return { words, effectiveOn: null };
  const dateText = WORK_DATE_TOKEN.exec(words[index] ?? '')?.[1] ?? '';
  return { words: words.filter((_, i) => i !== index), effectiveOn: parseWorkDate(dateText) };
}

const CONFIRM_WORD = 'confirmar';

/** `1 000`: a thousands separator typed as a space, which would make the 000 part of the note. */
function refuseSpacedThousands(amountText: string, next: string | undefined): void {
  if (next !== undefined && /^\d{1,3}$/.test(amountText) && /^\d{3}(?:[.,]\d+)?$/.test(next)) {
    throw new UserError('invalid_arguments', messages.amountSpaced(amountText, next));
  }
}

/**
 * `/avance 1.2 10 Publicamos 10 piezas https://… fecha:30/08/2024 [confirmar]` → a validated progress
 * input; `confirmar` as the last word confirms an amount that passes the target.
 */
export function parseAvanceText(text: string): AvanceInput {
  const [activityText, amountText, ...rest] = tokens(text);
  if (activityText === undefined) throw new UserError('invalid_arguments', messages.avanceUsage);
  if (amountText === undefined) throw new UserError('invalid_arguments', messages.amountMissing(activityText));
  refuseSpacedThousands(amountText, rest[0]);
  const confirmed = rest.at(-1)?.toLowerCase() === CONFIRM_WORD;
  const { words, effectiveOn } = splitWorkDate(confirmed ? rest.slice(0, -1) : rest);
  const input = parseProgressInput({ activityCode: activityText, amount: amountText, ...splitEvidence(words) });
  return { ...input, ...(effectiveOn === null ? {} : { effectiveOn }), ...(confirmed ? { confirmed } : {}) };
}

/** `/avance deshacer`, `/avance deshacer #12 se registró dos veces`: which entry (null: the caller's last) and why. */
export interface UndoRequest {
  entryId: number | null;
  reason: string | null;
}

const UNDO_WORDS = new Set(['deshacer', 'corregir']);
const ENTRY_NUMBER = /^#?(\d+)$/;

/** Whether `/avance` was asked to undo rather than to log. */
export function isUndoText(text: string): boolean {
  const [first] = tokens(text);
  return first !== undefined && UNDO_WORDS.has(first.toLowerCase());
}

/** The words after `deshacer`: an optional entry number (`#12` or `12`), then an optional reason. */
export function parseUndoArguments(words: readonly string[]): UndoRequest {
  const [first, ...rest] = words;
  const number = first === undefined ? null : ENTRY_NUMBER.exec(first);
  if (first?.startsWith('#') && number === null) throw new UserError('invalid_arguments', messages.undoUsage);
  const entryId = number?.[1] === undefined ? null : Number(number[1]);
  if (entryId !== null && !Number.isSafeInteger(entryId)) throw new UserError('invalid_arguments', messages.undoUsage);
  const reasonWords = entryId === null ? words : rest;
  const reason = reasonWords.join(' ').trim();
  return { entryId, reason: reason === '' ? null : reason };
}

export function parseUndoText(text: string): UndoRequest {
  return parseUndoArguments(tokens(text).slice(1));
}

/** `/rinde exportar [csv|xlsx] [fecha]`: the file format and the date progress counts up to (null: today). */
export function parseExportArguments(words: readonly string[]): { format: ExportFormat; at: IsoDate | null } {
  let format: ExportFormat = 'xlsx';
  let at: IsoDate | null = null;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/^\./, '');
    if (lower === 'csv' || lower === 'xlsx' || lower === 'excel') format = lower === 'csv' ? 'csv' : 'xlsx';
    else if (/^\d/.test(word) || WORK_DATE_TOKEN.test(word)) at = parseWorkDate(word.replace(WORK_DATE_TOKEN, '$1'));
    else throw new UserError('invalid_arguments', messages.exportUsage);
  }
  return { format, at };
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
