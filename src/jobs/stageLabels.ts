import { formatShortDate } from '../domain/dates.js';
import type { PlannedReminder } from '../domain/reminders/index.js';
import { dayWithWeekday } from '../wording/amounts.js';

/** "7 días antes", "1 día hábil antes", "el día", "vencida (aviso 2)": a stage as the planning office says it. */
export function stageLabel(reminder: Pick<PlannedReminder, 'stage' | 'kind'>): string {
  const before = /^before-(\d+)(bd|d)$/.exec(reminder.stage);
  if (before !== null) {
    const amount = Number(before[1]);
    const unit = before[2] === 'bd' ? (amount === 1 ? 'día hábil' : 'días hábiles') : amount === 1 ? 'día' : 'días';
    return `${amount} ${unit} antes`;
  }
  if (reminder.kind === 'due') return 'el día';
  if (reminder.kind === 'quiet') return 'permanente sin avances recientes';
  return `vencida (aviso ${reminder.stage.replace('overdue-', '')})`;
}

/** "adelantado: el domingo 30 de junio de 2024 es fin de semana" */
export function shiftNote(reminder: Pick<PlannedReminder, 'shift' | 'kind'>): string | null {
  const { shift } = reminder;
  if (shift === null) return null;
  const moved = reminder.kind === 'overdue' || reminder.kind === 'quiet' ? 'aplazado' : 'adelantado';
  return `${moved}: ${dayWithWeekday(shift.from)} es ${shift.reason === 'festivo' ? `festivo${shift.holiday === null ? '' : ` (${shift.holiday})`}` : 'fin de semana'}`;
}

export function reminderLine(reminder: PlannedReminder, mention: (userId: string) => string): string {
  const note = shiftNote(reminder);
  const who =
    reminder.recipients.length === 0
      ? `sin destinatarios (${reminder.unstaffedOffices.map((o) => o.name).join('; ')} sin miembros)`
      : `para ${reminder.recipients.map(mention).join(', ')}`;
  return [
    `${reminder.activityCode} · vence ${formatShortDate(reminder.dueOn)} · ${stageLabel(reminder)}`,
    ...(note === null ? [] : [note]),
    who,
  ].join(' · ');
}
