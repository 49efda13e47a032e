/** A calendar date with no time or zone, as 'YYYY-MM-DD'. */
export type IsoDate = string;

/** The period a plan covers ("vigencia"), both ends inclusive. */
export interface Vigencia {
  from: IsoDate;
  to: IsoDate;
}

export type Period = 'monthly' | 'bimonthly' | 'quarterly' | 'four-monthly' | 'semiannual' | 'annual';

/**
 * What a "Fecha programada" cell says, before the plan's vigencia turns it into due dates.
 * - dates: one or more explicit dates ("30 de junio de 2024 15 de diciembre de 2024").
 * - range: "5 de junio al 15 de diciembre de 2024": due at the end.
 * - month: "Diciembre de 2025": due on its last day.
 * - periodic: "Trimestral": due at the end of each period inside the vigencia.
 * - continuous: "Permanentemente": due at the end of the vigencia. `open` marks phrases that fix no
 *   date ("cada vez que se requiera": on-demand; "a partir de marzo": open-start), read the same way
 *   and flagged by the importer.
 */
export type ScheduleSpec =
  | { kind: 'dates'; dates: IsoDate[] }
  | { kind: 'range'; from: IsoDate; to: IsoDate }
  | { kind: 'month'; month: string }
  | { kind: 'periodic'; period: Period }
  | { kind: 'continuous'; open?: 'on-demand' | 'open-start' };

export type ScheduleKind = ScheduleSpec['kind'] | 'unknown';

/** A parsed schedule with its due dates resolved; `text` is always the original cell. */
export interface Schedule {
  text: string;
  kind: ScheduleKind;
  dueDates: IsoDate[];
}

export type TargetUnit = 'count' | 'percent';

export interface Target {
  value: number;
  unit: TargetUnit;
}

export interface SubcomponentDraft {
  /** "1", "2", … taken from the cell ("1. Información: …") or the activity IDs. */
  code: string;
  /** Short name: "Información". */
  name: string;
  /** The whole cell as written. */
  fullText: string;
}

export interface ActivityDraft {
  /** Canonical ID: "1.2" (from "1,2", "1.2" or the number 1.2). */
  code: string;
  subcomponentCode: string;
  title: string;
  product: string;
  responsibleText: string;
  offices: string[];
  target: Target;
  schedule: Schedule;
  description: string | null;
  /** "Avance meta anual" already in the sheet; imported as a progress entry. */
  initialProgress: number | null;
  /** 1-based row in the source sheet, for messages. */
  sourceRow: number;
}

export interface PlanHeader {
  entity: string;
  vigencia: Vigencia;
  challenge: string | null;
  objective: string | null;
  challengeGoal: string | null;
  indicator: string | null;
}

export interface PlanDraft extends PlanHeader {
  subcomponents: SubcomponentDraft[];
  activities: ActivityDraft[];
}

/** A problem found in an imported sheet, in Spanish, with the sheet row when there is one. */
export interface ImportIssue {
  row: number | null;
  message: string;
}

export type Status = 'red' | 'yellow' | 'green';

/** Lower bounds (as ratios 0..1) of each status band; below `yellow` is red. */
export interface StatusBands {
  yellow: number;
  green: number;
}

/** The usual PAAC monitoring scale: 0–59 % red, 60–79 % yellow, 80–100 % green. */
export const DEFAULT_STATUS_BANDS: StatusBands = { yellow: 0.6, green: 0.8 };
