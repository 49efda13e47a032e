/**
 * When reminders go out relative to a due date. Written in configuration as a short list
 * (REMINDER_STAGES="7d,1h,0,vencida"): `Nd` is N calendar days before, `Nh` N business days
 * ("días hábiles") before, `0` the day itself, and `vencida` the overdue series.
 */
export type StageSpec =
  | { kind: 'before'; amount: number; unit: 'calendar' | 'business' }
  | { kind: 'due' }
  | { kind: 'overdue' };

export interface ReminderSettings {
  stages: StageSpec[];
  /** Minutes after local midnight at which a day's reminders become due (08:00 → 480). */
  sendAtMinutes: number;
  timeZone: string;
  /** Business days after the due date for the first overdue reminder. */
  overdueAfterBusinessDays: number;
  /** Days between overdue reminders while the activity stays behind; 0 sends just one. */
  overdueRepeatDays: number;
  /** A continuous activity is nudged after this many days with nothing logged. */
  quietDays: number;
}

export const DEFAULT_STAGES_TEXT = '7d,1h,0,vencida';

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  stages: [
    { kind: 'before', amount: 7, unit: 'calendar' },
    { kind: 'before', amount: 1, unit: 'business' },
    { kind: 'due' },
    { kind: 'overdue' },
  ],
  sendAtMinutes: 8 * 60,
  timeZone: 'America/Bogota',
  overdueAfterBusinessDays: 1,
  overdueRepeatDays: 7,
  quietDays: 30,
};

const BEFORE_TOKEN = /^(\d{1,3})([dh])$/;
const OVERDUE_TOKENS = new Set(['vencida', 'vencido', 'overdue']);

export type StageParseResult = { ok: true; stages: StageSpec[] } | { ok: false; problem: string };

function parseToken(token: string): StageSpec | null {
  if (token === '0') return { kind: 'due' };
  if (OVERDUE_TOKENS.has(token)) return { kind: 'overdue' };
  const match = BEFORE_TOKEN.exec(token);
  if (match === null) return null;
  const amount = Number(match[1]);
  if (amount === 0) return { kind: 'due' };
  return { kind: 'before', amount, unit: match[2] === 'h' ? 'business' : 'calendar' };
}

/** Reads the configuration text; the problem is Spanish because it is shown to whoever set the variable. */
export function parseStages(text: string): StageParseResult {
  const tokens = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (tokens.length === 0) return { ok: false, problem: 'indique al menos una etapa, por ejemplo "7d,1h,0,vencida"' };
  const stages: StageSpec[] = [];
  for (const token of tokens) {
    const stage = parseToken(token);
    if (stage === null) {
      return {
        ok: false,
        problem: `«${token}» no es una etapa: use Nd (días antes), Nh (días hábiles antes), 0 (el día) o vencida`,
      };
    }
    if (!stages.some((known) => stageId(known) === stageId(stage))) stages.push(stage);
  }
  return { ok: true, stages };
}

/** The stage's part of a reminder key; overdue reminders add their ordinal ("overdue-2"). */
export function stageId(stage: StageSpec): string {
  switch (stage.kind) {
    case 'before':
      return `before-${stage.amount}${stage.unit === 'business' ? 'bd' : 'd'}`;
    case 'due':
      return 'due';
    case 'overdue':
      return 'overdue';
  }
}
