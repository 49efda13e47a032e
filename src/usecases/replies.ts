import type { ActivityState, ComplianceTotals } from '../domain/compliance.js';
import type { Digest } from '../domain/digest.js';
import type { IsoDate, ScheduleKind, Status, StatusBands, TargetUnit } from '../domain/types.js';
import type { CommandHelp } from '../wording/messages.js';
import type { AvanceInput } from './args.js';

/**
 * What a command answers, independent of any chat platform: each platform renders these
 * (plain text for the console and CLI, Block Kit for Slack).
 */
export interface PlanRef {
  id: number;
  entity: string;
  from: IsoDate;
  to: IsoDate;
}

export interface ActivityView {
  id: number;
  code: string;
  title: string;
  product: string;
  subcomponent: { code: string; name: string };
  offices: { id: number; name: string }[];
  target: number;
  unit: TargetUnit;
  progress: number;
  ratio: number;
  status: Status;
  state: ActivityState;
  schedule: { text: string; kind: ScheduleKind; dueDates: IsoDate[] };
  /** The first due date on or after today, or null when all have passed. */
  nextDueOn: IsoDate | null;
}

export interface EntryView {
  id: number;
  amount: number;
  note: string | null;
  evidenceUrl: string | null;
  authorId: string;
  authorName: string | null;
  source: string;
  effectiveOn: IsoDate;
  recordedAt: string;
  correctsId: number | null;
}

/** One entry of an activity's trail, with both sides of every correction. */
export interface HistoryEntry extends EntryView {
  /** Entries that reversed this one (at most one: an entry is never undone twice). */
  correctedBy: number[];
  /** When it was written, in the municipality's time zone: "16 jul 2024, 09:05". */
  recordedLocal: string;
}

/** `rinde history ID`: everything ever logged on an activity, oldest first, nothing left out. */
export interface ActivityHistory {
  plan: PlanRef;
  activity: ActivityView;
  entries: HistoryEntry[];
  /** Set when a re-import retired the activity. */
  retiredOn?: IsoDate;
}

export interface SubcomponentView extends ComplianceTotals {
  code: string;
  name: string;
}

export type Reply =
  | {
      kind: 'progress-logged';
      plan: PlanRef;
      activity: ActivityView;
      entry: EntryView;
      /** The same request was answered before: this is the entry it stored then, nothing new was written. */
      duplicate?: boolean;
      /** An equal entry by the same person on the activity within the minute before ("¿ya lo registró?"). */
      lookalikeId?: number | null;
      /** The day it counts on, when that is not today. */
      countedOn?: IsoDate | null;
    }
  | {
      /** Nothing was logged: the amount passes the target (or the activity is complete) and needs confirming. */
      kind: 'confirm-progress';
      plan: PlanRef;
      /** The activity as it stands, before the amount. */
      activity: ActivityView;
      /** The amount in units (a percentage already turned into units). */
      amount: number;
      /** Why it is asked again, and how to confirm on a text platform. */
      message: string;
      howToConfirm: string;
      /** What to log once confirmed. */
      pending: AvanceInput;
    }
  | {
      kind: 'plan-status';
      plan: PlanRef;
      at: IsoDate;
      summary: ComplianceTotals;
      subcomponents: SubcomponentView[];
      activities: ActivityView[];
    }
  | {
      kind: 'activity-status';
      plan: PlanRef;
      activity: ActivityView;
      history: EntryView[];
      /** Set when a re-import retired the activity: the day, in the plan's time zone. */
      retiredOn?: IsoDate;
    }
  | {
      kind: 'pending';
      plan: PlanRef;
      scope: 'mine' | 'plan';
      items: { activity: ActivityView; dueOn: IsoDate; overdue: boolean }[];
    }
  | { kind: 'help'; commands: CommandHelp[] }
  | { kind: 'offices'; offices: { name: string; members: string[]; activityCount: number }[] }
  | { kind: 'digest'; digest: Digest; bands: StatusBands }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };
