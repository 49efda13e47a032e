import type { PngFile } from '../charts/complianceChart.js';
import type { Digest } from '../domain/digest.js';
import type { PlannedReminder } from '../domain/reminders/index.js';
import type { IsoDate, StatusBands } from '../domain/types.js';
import type { CutoffReport } from '../export/cutoffReport.js';

/**
 * The chat-platform port: what the jobs say (a Notice, plain data) and what they need a platform to do
 * with it (a ChatPlatform). Each platform (Slack, the console, Teams) renders notices in its own markup
 * when it sends them, and sorts its own failures into a DeliveryError the outbox knows how to treat.
 */

/** What a reminder says about its activity and due date: a slice of the domain's PlannedReminder. */
export type ReminderFacts = Pick<
  PlannedReminder,
  | 'activityCode'
  | 'activityTitle'
  | 'dueOn'
  | 'dueIndex'
  | 'dueCount'
  | 'stage'
  | 'kind'
  | 'shift'
  | 'expected'
  | 'progress'
  | 'target'
  | 'unit'
>;

/** To each member of an activity's offices: what is due and when, progress so far, what is missing. */
export interface ReminderNotice {
  type: 'reminder';
  reminder: ReminderFacts;
  plan: { id: number; entity: string };
  /** The local day the reminder was planned on, for "mañana", "en 5 días". */
  today: IsoDate;
  /** REMINDER_QUIET_DAYS, for a permanent activity with no progress in that many days. */
  quietDays: number;
}

/** To the planning channel, once per office and plan: nobody receives its activities' reminders. */
export interface UnstaffedOfficeNotice {
  type: 'unstaffed-office';
  office: string;
  /** One reminder nobody received, as an example. */
  reminder: Pick<PlannedReminder, 'activityCode' | 'kind' | 'dueOn'>;
}

/** To the planning channel, once per person and plan: their reminders are skipped. */
export interface UnreachableRecipientNotice {
  type: 'unreachable-recipient';
  userId: string;
  /** The platform's reason (DeliveryError.message of an `unreachable` failure); its renderer words it. */
  reason: string;
}

/** To the planning channel at each cut-off: the plan's figures and every activity with its evidence. */
export interface CutoffReportNotice {
  type: 'cutoff-report';
  report: CutoffReport;
}

/** The weekly digest (and `/rinde resumen`): built when sent, never stored, so it shows that day's figures. */
export interface DigestNotice {
  type: 'digest';
  digest: Digest;
  bands: StatusBands;
}

/**
 * A message rows written before notices existed carry, already built as Slack Block Kit. Slack posts it
 * as built; any other platform shows its text. Such rows are retried for at most ten hours
 * (DEFAULT_RETRY_POLICY), so this can go once every installation has run a release with notices that long.
 */
export interface LegacySlackNotice {
  type: 'legacy-slack';
  text: string;
  blocks: readonly unknown[];
}

export type Notice =
  | ReminderNotice
  | UnstaffedOfficeNotice
  | UnreachableRecipientNotice
  | CutoffReportNotice
  | DigestNotice
  | LegacySlackNotice;

/** Notices the outbox stores: the digest is rebuilt from the database when it goes out. */
export type StoredNotice = Exclude<Notice, DigestNotice>;

export type DeliveryFailureKind =
  /** The platform asked to wait (`retryAfterSeconds`): the sweep pauses, the attempt is not counted. */
  | 'rate_limited'
  /** The platform's trouble, not ours: retried with backoff until the delivery's giveUpAt. */
  | 'server_error'
  /** The recipient cannot be messaged (deactivated, deleted, a bot): skip them, tell the admins. */
  | 'unreachable'
  /** The platform refuses the app's credentials: nothing will go out until an operator fixes them. */
  | 'unauthorized'
  /** The message was handed over and no answer came: it may have been posted, so it is never resent. */
  | 'unknown'
  /** Anything else: retrying would fail the same way. */
  | 'fatal';

export class DeliveryError extends Error {
  constructor(
    readonly kind: DeliveryFailureKind,
    message: string,
    /** Seconds the platform asked to wait, for `rate_limited`. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** A failure as the outbox treats it: a platform's DeliveryError as it is; anything else (a bug, the database) is fatal. */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  return new DeliveryError('fatal', error instanceof Error ? error.message : String(error));
}

/**
 * What the jobs need from a chat platform. Each call resolves once the platform accepted the message, or
 * rejects with a DeliveryError whose kind is the platform's own classification of what went wrong.
 * Calls must end well within the outbox's lease (RetryPolicy.leaseMs): each one times out on its own.
 */
export interface ChatPlatform {
  /**
   * Renders `notice` and sends it to `userId` privately. `beforePost` runs once nothing is left to do
   * but hand the message over (after opening the conversation): from then on a failure without an
   * answer must be `unknown`, since the message may have been posted.
   */
  directMessage(userId: string, notice: Notice, beforePost?: () => Promise<void>): Promise<void>;
  channelMessage(channel: string, notice: Notice): Promise<void>;
  /** A chart, with `comment` as the text that goes with it. */
  uploadPng(channel: string, file: PngFile, comment: string): Promise<void>;
}
