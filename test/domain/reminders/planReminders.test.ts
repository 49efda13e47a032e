import { describe, expect, test } from 'vitest';
import { createCalendar } from '../../../src/domain/calendar/index.js';
import {
  DEFAULT_REMINDER_SETTINGS,
  dueDateWindow,
  instantAt,
  type PlannedReminder,
  planReminders,
  type ReminderActivity,
  type ReminderPlanInput,
} from '../../../src/domain/reminders/index.js';
import { plannerInput, sampleDraft } from './sample.js';

const BOGOTA = 'America/Bogota';
const at = (date: string, time = '08:00') => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return instantAt(date, hours * 60 + minutes, BOGOTA);
};

/** "1.4 2024-06-30 before-7d" rows: the part of a reminder a planner reads. */
const rows = (reminders: PlannedReminder[]) => reminders.map((r) => `${r.activityCode} ${r.dueOn} ${r.stage}`);

const draft = await sampleDraft();

describe('planReminders on the Tauramena 2024 sample (vigencia 2024-06-05..2024-12-31), nothing logged', () => {
  const input = plannerInput(draft);

  test('Fri 21 Jun 2024 08:00: a week before Sun 30 Jun, moved to Friday because the 23rd is a Sunday', () => {
    const reminders = planReminders(input, at('2024-06-21'));
    expect(rows(reminders)).toEqual([
      '1.4 2024-06-30 before-7d',
      '1.5 2024-06-30 before-7d',
      '2.1 2024-06-30 before-7d',
      '2.2 2024-06-30 before-7d',
      '2.3 2024-06-30 before-7d',
    ]);
    expect(reminders[0]).toMatchObject({
      key: 'reminder:4:2024-06-30:before-7d',
      sendOn: '2024-06-21',
      shift: { reason: 'fin de semana', from: '2024-06-23', holiday: null },
      dueIndex: 1,
      dueCount: 2,
      expected: 1.5,
      progress: 0,
    });
  });

  test('Fri 28 Jun 2024: "1 business day before" and "on the day" (a Sunday) meet on Friday; only "on the day" goes', () => {
    const reminders = planReminders(input, at('2024-06-28'));
    expect(rows(reminders)).toEqual([
      '1.4 2024-06-30 due',
      '1.5 2024-06-30 due',
      '2.1 2024-06-30 due',
      '2.2 2024-06-30 due',
      '2.3 2024-06-30 due',
    ]);
    expect(reminders[1]?.shift).toEqual({ reason: 'fin de semana', from: '2024-06-30', holiday: null });
  });

  test('Mon 1 Jul 2024 is San Pedro y San Pablo: nothing goes out; Tue 2 Jul has the first overdue reminders', () => {
    expect(planReminders(input, at('2024-07-01'))).toEqual([]);
    expect(rows(planReminders(input, at('2024-07-02')))).toEqual([
      '1.4 2024-06-30 overdue-1',
      '1.5 2024-06-30 overdue-1',
      '2.1 2024-06-30 overdue-1',
      '2.2 2024-06-30 overdue-1',
      '2.3 2024-06-30 overdue-1',
    ]);
  });

  test('Fri 5 Jul 2024: the continuous 1.2 has had 30 days without progress since the vigencia began', () => {
    const quiet = planReminders(input, at('2024-07-05')).filter((r) => r.kind === 'quiet');
    expect(quiet).toMatchObject([
      { key: 'reminder:2:2024-12-31:quiet-2024-07-05', activityCode: '1.2', recipients: ['U-Oficina de prensa'] },
    ]);
  });

  test('Mon 8 Jul 2024: 1.1 (due Mon 15 Jul) a week ahead; the 30 Jun ones stay at their latest overdue stage', () => {
    expect(rows(planReminders(input, at('2024-07-08')))).toEqual([
      '1.4 2024-06-30 overdue-1',
      '1.5 2024-06-30 overdue-1',
      '2.1 2024-06-30 overdue-1',
      '2.2 2024-06-30 overdue-1',
      '2.3 2024-06-30 overdue-1',
      '1.1 2024-07-15 before-7d',
      '1.2 2024-12-31 quiet-2024-07-05',
    ]);
  });

  test('Tue 16 Jul 2024: 1.1 is one business day late; the 30 Jun ones are at their third weekly reminder', () => {
    expect(rows(planReminders(input, at('2024-07-16')))).toEqual([
      '1.4 2024-06-30 overdue-3',
      '1.5 2024-06-30 overdue-3',
      '2.1 2024-06-30 overdue-3',
      '2.2 2024-06-30 overdue-3',
      '2.3 2024-06-30 overdue-3',
      '1.1 2024-07-15 overdue-1',
      '1.2 2024-12-31 quiet-2024-07-05',
    ]);
  });

  test('Mon 16 Dec 2024: Sunday 15 Dec is one day late; 1.4 is reminded about its second date only', () => {
    const reminders = planReminders(input, at('2024-12-16'));
    expect(rows(reminders)).toEqual([
      '1.5 2024-06-30 overdue-24',
      '2.1 2024-06-30 overdue-24',
      '2.2 2024-06-30 overdue-24',
      '2.3 2024-06-30 overdue-24',
      '1.1 2024-07-15 overdue-22',
      '2.5 2024-11-30 overdue-3',
      '1.3 2024-12-15 overdue-1',
      '1.4 2024-12-15 overdue-1',
      '1.6 2024-12-15 overdue-1',
      '2.4 2024-12-15 overdue-1',
      '3.1 2024-12-15 overdue-1',
      '1.2 2024-12-31 quiet-2024-12-02',
    ]);
    expect(reminders.find((r) => r.activityCode === '1.4')).toMatchObject({ expected: 3, dueIndex: 2, dueCount: 2 });
  });

  test('every office member gets it once; an office with nobody is named', () => {
    const withGaps = plannerInput(draft, {
      unstaffed: ['Dependencia que rinde cuentas', 'Oficina Asesora de Planeación'],
    });
    const [reminder] = planReminders(withGaps, at('2024-07-08')).filter((r) => r.activityCode === '1.1');
    expect(reminder?.recipients).toEqual([]);
    expect(reminder?.unstaffedOffices.map((o) => o.name)).toEqual([
      'Dependencia que rinde cuentas',
      'Oficina Asesora de Planeación',
    ]);
  });
});

describe('progress already logged', () => {
  test('a due date whose expected share (target × k/n) is logged gets no reminder; a completed activity none at all', () => {
    // 1.4: 3 informes over 2 dates → 1.5 by 30 Jun. 2.1 is done.
    const input = plannerInput(draft, { progress: { '1.4': 2, '2.1': 1, '1.5': 0.5 } });
    expect(rows(planReminders(input, at('2024-06-21')))).toEqual([
      '1.5 2024-06-30 before-7d',
      '2.2 2024-06-30 before-7d',
      '2.3 2024-06-30 before-7d',
    ]);
    // The 1.4 share for 15 Dec (3) is not met yet: it is reminded a week ahead (Sun 8 Dec → Fri 6 Dec).
    expect(rows(planReminders(input, at('2024-12-06'))).filter((row) => row.startsWith('1.4'))).toEqual([
      '1.4 2024-12-15 before-7d',
    ]);
  });

  test('a continuous activity with progress in the last 30 days is not nudged; 30 quiet days later it is', () => {
    const input = plannerInput(draft, { progress: { '1.2': 5 }, lastLoggedOn: { '1.2': '2024-07-20' } });
    const quietOn = (date: string) => planReminders(input, at(date)).filter((r) => r.kind === 'quiet');
    expect(quietOn('2024-08-16')).toEqual([]);
    // 20 Jul + 30 days = Mon 19 Aug 2024, which is a holiday (Asunción, moved): it waits for Tuesday.
    expect(quietOn('2024-08-19')).toEqual([]);
    expect(quietOn('2024-08-20')).toMatchObject([
      { stage: 'quiet-2024-08-19', shift: { reason: 'festivo', holiday: 'Asunción de la Virgen' } },
    ]);
  });
});

describe('the clock', () => {
  const input = plannerInput(draft);

  test('before the sending hour only earlier days count; at 08:00 Bogotá (13:00 UTC) the day is due', () => {
    expect(planReminders(input, at('2024-06-21', '07:59'))).toEqual([]);
    expect(planReminders(input, new Date('2024-06-21T13:00:00Z'))).toHaveLength(5);
  });

  test('nothing is sent on a weekend: Saturday and Sunday plan nothing, Monday catches up', () => {
    expect(planReminders(input, at('2024-06-22', '10:00'))).toEqual([]);
    expect(planReminders(input, at('2024-06-23', '10:00'))).toEqual([]);
  });

  test('after downtime a sweep sends only the latest stage of each due date, not every missed one', () => {
    // Down from 20 Jun to 3 Jul: the 7-day, 1-day and on-the-day reminders for 30 Jun were all missed.
    const reminders = planReminders(input, at('2024-07-03', '09:30'));
    expect(reminders.filter((r) => r.dueOn === '2024-06-30').map((r) => r.stage)).toEqual([
      'overdue-1',
      'overdue-1',
      'overdue-1',
      'overdue-1',
      'overdue-1',
    ]);
  });

  test('the sending hour is configurable', () => {
    const late = { ...input, settings: { ...input.settings, sendAtMinutes: 14 * 60 } };
    expect(planReminders(late, at('2024-06-21', '13:59'))).toEqual([]);
    expect(planReminders(late, at('2024-06-21', '14:00'))).toHaveLength(5);
  });
});

function singleActivity(dueDates: string[], overrides: Partial<ReminderActivity> = {}): ReminderPlanInput {
  return {
    plan: {
      id: 9,
      startsOn: dueDates[0]?.slice(0, 4) === '2026' ? '2026-01-01' : '2025-01-01',
      endsOn: `${dueDates[0]?.slice(0, 4)}-12-31`,
    },
    activities: [
      {
        id: 7,
        code: '2.1',
        title: 'Audiencia pública',
        scheduleKind: 'dates',
        target: 1,
        unit: 'count',
        progress: 0,
        lastLoggedOn: null,
        startsOn: null,
        dueDates,
        offices: [{ id: 1, name: 'Planeación', memberIds: ['U1'] }],
        ...overrides,
      },
    ],
    calendar: createCalendar(),
    settings: DEFAULT_REMINDER_SETTINGS,
  };
}

/** Every (day, stage) a sweep each business day at 08:00 would find, over a stretch of days. */
function stagesByDay(input: ReminderPlanInput, from: string, days: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = new Date(instantAt(from, 480, BOGOTA).getTime() + i * 86_400_000);
    for (const r of planReminders(input, day)) {
      if (seen.has(r.key)) continue;
      seen.add(r.key);
      out.push(`${r.sendOn} ${r.stage}${r.shift === null ? '' : ` (${r.shift.reason} ${r.shift.from})`}`);
    }
  }
  return out;
}

describe('holidays and weekends', () => {
  test('due on Mon 13 Jul 2026, the first Chiquinquirá holiday (Ley 2578 de 2026): sent early, overdue on Tuesday', () => {
    expect(stagesByDay(singleActivity(['2026-07-13']), '2026-07-01', 30).slice(0, 4)).toEqual([
      '2026-07-06 before-7d',
      '2026-07-10 due (festivo 2026-07-13)',
      '2026-07-14 overdue-1',
      '2026-07-21 overdue-2',
    ]);
    const [due] = planReminders(singleActivity(['2026-07-13']), at('2026-07-10'));
    expect(due?.shift?.holiday).toBe('Día de Nuestra Señora del Rosario de Chiquinquirá');
  });

  test('due on Mon 24 Mar 2025 (San José, moved): the week-before reminder lands on a Monday too', () => {
    expect(stagesByDay(singleActivity(['2025-03-24']), '2025-03-10', 16)).toEqual([
      '2025-03-17 before-7d',
      '2025-03-21 due (festivo 2025-03-24)',
      '2025-03-25 overdue-1',
    ]);
  });

  test('due on Easter Sunday 20 Apr 2025: Holy Thursday and Friday are skipped back to Wednesday', () => {
    expect(stagesByDay(singleActivity(['2025-04-20']), '2025-04-07', 16)).toEqual([
      '2025-04-11 before-7d (fin de semana 2025-04-13)',
      '2025-04-16 due (fin de semana 2025-04-20)',
      '2025-04-21 overdue-1',
    ]);
  });

  test('a weekly overdue reminder that meets a holiday waits for the next business day', () => {
    // Due Fri 11 Jul 2025; overdue Mon 14, then Mon 21 and Mon 28; Mon 18 Aug 2025 is the Asunción holiday.
    const stages = stagesByDay(singleActivity(['2025-07-11']), '2025-07-14', 40);
    expect(stages).toContain('2025-08-19 overdue-6 (festivo 2025-08-18)');
  });

  test('overdue reminders stop when the vigencia ends', () => {
    const input = singleActivity(['2025-12-01']);
    expect(planReminders(input, at('2025-12-29')).map((r) => r.stage)).toEqual(['overdue-4']);
    expect(planReminders(input, at('2026-01-05'))).toEqual([]);
    // A date due on the last day still gets its first overdue reminder, in the new year.
    expect(planReminders(singleActivity(['2025-12-31']), at('2026-01-02')).map((r) => r.stage)).toEqual(['overdue-1']);
  });
});

describe('dueDateWindow', () => {
  test('looks ahead as far as the earliest stage can fall and back to the vigencia while overdue repeats', () => {
    const plan = { startsOn: '2024-06-05', endsOn: '2024-12-31' };
    expect(dueDateWindow(DEFAULT_REMINDER_SETTINGS, '2024-07-08', plan)).toEqual({
      from: '2024-06-05',
      to: '2024-07-19',
    });
    const once = { ...DEFAULT_REMINDER_SETTINGS, overdueRepeatDays: 0 };
    expect(dueDateWindow(once, '2024-07-08', plan)).toEqual({ from: '2024-06-28', to: '2024-07-19' });
  });
});

describe('continuous work with a stated start ("a partir de abril")', () => {
  const fromApril = (overrides: Partial<ReminderActivity> = {}) =>
    singleActivity(['2025-12-31'], { scheduleKind: 'continuous', startsOn: '2025-04-01', ...overrides });

  test('silence counts from the start, not the vigencia: no nudge before the work begins', () => {
    // From 1 Jan the 30-day count would nudge on 31 Jan, 2 Mar and 1 Apr (all before or on the start).
    expect(stagesByDay(fromApril(), '2025-01-01', 135)).toEqual(['2025-05-02 quiet-2025-05-01 (festivo 2025-05-01)']);
  });

  test('without a stated start the vigencia’s start counts, as before', () => {
    expect(stagesByDay(fromApril({ startsOn: null }), '2025-01-01', 70).slice(0, 2)).toEqual([
      '2025-01-31 quiet-2025-01-31',
      '2025-03-03 quiet-2025-03-02 (fin de semana 2025-03-02)',
    ]);
  });

  test('progress logged after the start counts from its day; a start before the vigencia is the vigencia’s', () => {
    const logged = fromApril({ lastLoggedOn: '2025-04-20', progress: 1, target: 5 });
    expect(stagesByDay(logged, '2025-04-01', 60)).toEqual(['2025-05-20 quiet-2025-05-20']);
    expect(stagesByDay(fromApril({ startsOn: '2024-11-01' }), '2025-01-01', 35)).toEqual([
      '2025-01-31 quiet-2025-01-31',
    ]);
  });

  test('a calendar with an extra holiday on the 30th day moves the nudge to the next business day', () => {
    const input = {
      ...fromApril({ startsOn: '2025-05-05' }),
      calendar: createCalendar({ extraHolidays: ['2025-06-04'] }),
    };
    expect(stagesByDay(input, '2025-05-05', 40)).toEqual(['2025-06-05 quiet-2025-06-04 (festivo 2025-06-04)']);
  });
});
