import { z } from 'zod';
import type { ActivityRef, ProgressField } from './ids.js';
import { PROGRESS_BLOCKS } from './ids.js';

/**
 * Every payload Slack sends is validated here before a listener uses it: only the fields Rinde
 * reads are required, and unknown fields pass through untouched (Slack adds fields over time).
 */
const slackId = z.string().regex(/^[A-Z0-9]+$/, 'not a Slack ID');

export const slashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: slackId,
  user_name: z.string().optional(),
  channel_id: z.string().optional(),
  trigger_id: z.string().min(1),
  response_url: z.url(),
});
export type SlashCommand = z.infer<typeof slashCommandSchema>;

const userSchema = z.object({ id: slackId, name: z.string().optional(), username: z.string().optional() });

/** A button's value: Rinde puts JSON there, and a value that is not JSON is a bad request. */
const buttonJson = z.string().transform((value, ctx) => {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'button value is not JSON' });
    return z.NEVER;
  }
});

const activityRefSchema = buttonJson
  .pipe(z.object({ p: z.number().int().positive(), c: z.string().min(1).max(20) }))
  .transform((ref): ActivityRef => ({ planId: ref.p, code: ref.c }));

/** A "Registrar avance" or "Ver actividad" click: a message (DM, reply) or the Home tab. */
export const activityButtonSchema = z.object({
  type: z.literal('block_actions'),
  user: userSchema,
  trigger_id: z.string().min(1),
  response_url: z.url().optional(),
  channel: z.object({ id: z.string() }).optional(),
  actions: z.tuple([z.object({ action_id: z.string(), value: activityRefSchema })]).rest(z.unknown()),
});
export type ActivityButton = z.infer<typeof activityButtonSchema>;

/** A choice in the progress modal's activity select. */
export const activitySelectSchema = z.object({
  type: z.literal('block_actions'),
  user: userSchema,
  view: z.object({ id: z.string(), hash: z.string(), private_metadata: z.string().default('') }),
  actions: z
    .tuple([z.object({ action_id: z.string(), selected_option: z.object({ value: z.string() }) })])
    .rest(z.unknown()),
});
export type ActivitySelect = z.infer<typeof activitySelectSchema>;

// One input's state: text inputs carry `value`, selects `selected_option`; both are null when empty.
const inputStateSchema = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
});
const stateValuesSchema = z.record(z.string(), z.record(z.string(), inputStateSchema));

export const progressSubmissionSchema = z.object({
  type: z.literal('view_submission'),
  user: userSchema,
  view: z.object({
    id: z.string(),
    hash: z.string().optional(),
    private_metadata: z.string().default(''),
    state: z.object({ values: stateValuesSchema }),
  }),
});
export type ProgressSubmission = z.infer<typeof progressSubmissionSchema>;

/** The progress modal's fields as typed, before the command layer validates them. */
export function progressFormFields(submission: ProgressSubmission): Partial<Record<ProgressField, string>> {
  const values = submission.view.state.values;
  const read = (blockId: string): string | undefined => {
    const input = Object.values(values[blockId] ?? {})[0];
    return input?.selected_option?.value ?? input?.value ?? undefined;
  };
  return {
    activityCode: read(PROGRESS_BLOCKS.activityCode),
    amount: read(PROGRESS_BLOCKS.amount),
    note: read(PROGRESS_BLOCKS.note),
    evidenceUrl: read(PROGRESS_BLOCKS.evidenceUrl),
  };
}

export const modalMetadataSchema = z
  .string()
  .transform((value) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  })
  .pipe(
    z.object({
      planId: z.number().int().positive().nullable().catch(null),
      responseUrl: z.url().nullable().catch(null),
    }),
  );

export const appHomeOpenedSchema = z.object({
  event_id: z.string().min(1),
  event: z.object({ type: z.literal('app_home_opened'), user: slackId, tab: z.string().optional() }),
});
export type AppHomeOpened = z.infer<typeof appHomeOpenedSchema>;

/**
 * A link to the app's domain (PUBLIC_URL) posted in a conversation; `unfurl_id` and `source` stand
 * in for the channel and message when the link is still being composed.
 */
export const linkSharedSchema = z.object({
  event: z.object({
    type: z.literal('link_shared'),
    channel: z.string().min(1),
    message_ts: z.string().min(1),
    unfurl_id: z.string().optional(),
    source: z.enum(['conversations_history', 'composer']).optional(),
    links: z.array(z.object({ domain: z.string(), url: z.url() })).max(10),
  }),
});

/**
 * A message a person typed in their direct message with Rinde. Rinde's own messages (bot_id) and edits,
 * joins and the like (any subtype) are not for it: the listener ignores whatever this does not match.
 */
export const directMessageSchema = z.object({
  event_id: z.string().min(1),
  event: z.object({
    type: z.literal('message'),
    channel_type: z.literal('im'),
    channel: z.string().min(1),
    user: slackId,
    text: z.string(),
    subtype: z.never().optional(),
    bot_id: z.never().optional(),
  }),
});
export type DirectMessage = z.infer<typeof directMessageSchema>;

/** What the global error handler can learn about who to tell, from any payload. */
export const errorTargetSchema = z.object({
  response_url: z.url().optional(),
  user_id: slackId.optional(),
  user: z.object({ id: slackId }).optional(),
  event: z.object({ user: slackId.optional(), type: z.string().optional() }).optional(),
  type: z.string().optional(),
  command: z.string().optional(),
});

/** A pending entry as a confirm button carries it: short keys, because a button value holds 2,000 characters. */
export const pendingProgressSchema = z.object({
  p: z.number().int().positive(),
  c: z.string().min(1).max(20),
  a: z.number().positive().max(1e9),
  pc: z.boolean().optional(),
  n: z.string().max(3000).nullable(),
  e: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  d: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
export type PendingProgress = z.infer<typeof pendingProgressSchema>;

/** A click on "Sí, registrar": the pending entry comes back in the button, and is validated again. */
export const confirmProgressSchema = z.object({
  type: z.literal('block_actions'),
  user: userSchema,
  trigger_id: z.string().min(1),
  container: z.object({ message_ts: z.string().optional() }).optional(),
  response_url: z.url().optional(),
  actions: z
    .tuple([
      z.object({
        action_id: z.string(),
        value: buttonJson.pipe(pendingProgressSchema),
      }),
    ])
    .rest(z.unknown()),
});

/** One file shared in a message, as the event lists it; a file Rinde may not see has no download URL. */
const sharedFileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(500),
  size: z.number().int().nonnegative(),
  url_private_download: z.url({ protocol: /^https?$/ }).optional(),
});
export type SharedFile = z.infer<typeof sharedFileSchema>;

/** A file someone shared in their direct message with Rinde: a plan to preview, when they are an admin. */
export const fileShareSchema = z.object({
  event_id: z.string().min(1),
  event: z.object({
    type: z.literal('message'),
    subtype: z.literal('file_share'),
    channel_type: z.literal('im'),
    channel: z.string().min(1),
    user: slackId,
    files: z.array(sharedFileSchema).min(1).max(20),
    bot_id: z.never().optional(),
  }),
});
export type FileShare = z.infer<typeof fileShareSchema>;

/** "Importar" or "Cancelar" under an uploaded plan's preview: the button carries the pending upload's ID. */
export const uploadChoiceSchema = z.object({
  type: z.literal('block_actions'),
  user: userSchema,
  response_url: z.url().optional(),
  actions: z.tuple([z.object({ action_id: z.string(), value: z.uuid() })]).rest(z.unknown()),
});
export type UploadChoice = z.infer<typeof uploadChoiceSchema>;

/** "Cargar plan" on the Home tab. */
export const uploadHelpSchema = z.object({ type: z.literal('block_actions'), user: userSchema });
