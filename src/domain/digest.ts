import { type ComplianceTotals, complianceReport } from './compliance.js';
import { addDays, daysBetween, weekday } from './dates.js';
import { expectedProgress } from './reminders/planReminders.js';
import type { IsoDate, StatusBands, TargetUnit } from './types.js';

/** How far ahead "what is due" looks, and how far back "progress logged" does. */
export const DIGEST_DUE_WINDOW_DAYS = 14;
export const DIGEST_RECENT_DAYS = 7;

export interface DigestActivityInput {
  id: number;
  code: string;
  title: string;
  subcomponentCode: string;
  target: number;
  unit: TargetUnit;
  progress: number;
  dueDates: IsoDate[];
  offices: { id: number; name: string; memberCount: number }[];
}

export interface DigestEntry {
  activityCode: string;
  activityTitle: string;
  amount: number;
  unit: TargetUnit;
  note: string | null;
  evidenceUrl: string | null;
  /** A display name when known, else the chat user ID. */
  author: string;
  effectiveOn: IsoDate;
}

export interface DigestInput {
  plan: { id: number; entity: string; startsOn: IsoDate; endsOn: IsoDate };
  subcomponents: { code: string; name: string }[];
  activities: DigestActivityInput[];
  /** Entries recorded in the last DIGEST_RECENT_DAYS, oldest first. */
  recentEntries: DigestEntry[];
  today: IsoDate;
  bands: StatusBands;
}

/** One due date that still lacks progress: what it calls for (target × k/n) and what is missing. */
export interface DueItem {
  code: string;
  title: string;
  dueOn: IsoDate;
  expected: number;
  progress: number;
  missing: number;
  unit: TargetUnit;
  /** Calendar days since the due date; 0 for dates still ahead. */
  daysLate: number;
}

export interface Digest {
  plan: DigestInput['plan'];
  today: IsoDate;
  /** ISO week, '2024-W25': one digest per plan and week. */
  week: string;
  summary: ComplianceTotals;
  subcomponents: (ComplianceTotals & { code: string; name: string })[];
  dueSoon: DueItem[];
  overdue: DueItem[];
  recent: DigestEntry[];
  /** Offices with no member, each with its incomplete activities: nobody hears their reminders. */
  unstaffed: { office: string; activityCodes: string[] }[];
}

const PROGRESS_EPSILON = 1e-9;
const byCode = new Intl.Collator('es', { numeric: true });

/** ISO 8601 week ('2024-W01' holds the year's first Thursday), as the digest's once-a-week key. */
export function isoWeekOf(date: IsoDate): string {
  const thursday = addDays(date, 3 - ((weekday(date) + 6) % 7));
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function dueItems(activity: DigestActivityInput, today: IsoDate): DueItem[] {
  const count = activity.dueDates.length;
  return activity.dueDates.flatMap((dueOn, index) => {
    const expected = expectedProgress(activity.target, index + 1, count);
    if (activity.progress >= expected - PROGRESS_EPSILON) return [];
    const missing = expected - activity.progress;
    const daysLate = Math.max(daysBetween(dueOn, today), 0);
    return [
      {
        code: activity.code,
        title: activity.title,
        dueOn,
        expected,
        progress: activity.progress,
        missing,
        unit: activity.unit,
        daysLate,
      },
    ];
  });
}

function byDueDate(a: DueItem, b: DueItem): number {
  return a.dueOn.localeCompare(b.dueOn) || byCode.compare(a.code, b.code);
}

/** Per activity, only its latest missed due date: that one already asks for everything owed. */
function overdueItems(activities: readonly DigestActivityInput[], today: IsoDate): DueItem[] {
  return activities
    .flatMap((activity) =>
      dueItems(activity, today)
        .filter((item) => item.dueOn < today)
        .slice(-1),
    )
    .sort(byDueDate);
}

function dueSoonItems(activities: readonly DigestActivityInput[], today: IsoDate): DueItem[] {
  const until = addDays(today, DIGEST_DUE_WINDOW_DAYS);
  return activities
    .flatMap((activity) => dueItems(activity, today).filter((item) => item.dueOn >= today && item.dueOn <= until))
    .sort(byDueDate);
}

function unstaffedOffices(activities: readonly DigestActivityInput[]): Digest['unstaffed'] {
  const codesByOffice = new Map<string, string[]>();
  for (const activity of activities) {
    if (activity.progress >= activity.target - PROGRESS_EPSILON) continue;
    for (const office of activity.offices) {
      if (office.memberCount > 0) continue;
      codesByOffice.set(office.name, [...(codesByOffice.get(office.name) ?? []), activity.code]);
    }
  }
  return [...codesByOffice]
    .map(([office, activityCodes]) => ({ office, activityCodes }))
    .sort((a, b) => a.office.localeCompare(b.office, 'es'));
}

/** The weekly picture of the plan on `today`: pure, so `/rinde resumen`, the CLI and the job agree. */
export function buildDigest(input: DigestInput): Digest {
  const { activities, today, bands } = input;
  const report = complianceReport(
    input.subcomponents.map((s) => s.code),
    activities,
    today,
    bands,
  );
  return {
    plan: input.plan,
    today,
    week: isoWeekOf(today),
    summary: report.summary,
    subcomponents: input.subcomponents.map((s, index) => ({
      ...(report.subcomponents[index] ?? report.summary),
      ...s,
    })),
    dueSoon: dueSoonItems(activities, today),
    overdue: overdueItems(activities, today),
    recent: input.recentEntries,
    unstaffed: unstaffedOffices(activities),
  };
}
