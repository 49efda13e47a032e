import { amountText, dayWithWeekday, displayAmount, loggedAmountText, shiftSentence } from '../../commands/wording.js';
import { daysBetween, formatLongDate } from '../../domain/dates.js';
import type { IsoDate } from '../../domain/types.js';
import type { ReminderFacts, ReminderNotice } from '../../platforms/port.js';
import { actions, context, registerProgressButton, section, viewActivityButton } from './elements.js';
import { activityHeading, escapeMrkdwn } from './format.js';
import type { SlackMessage } from './kit.js';

/** "hoy", "mañana", "en 5 días", "hace 2 días": how far the due date is, as people say it. */
export function relativeDay(today: IsoDate, dueOn: IsoDate): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return 'hoy';
  if (days === 1) return 'mañana';
  if (days === -1) return 'ayer';
  return days > 0 ? `en ${days} días` : `hace ${-days} días`;
}

export type ReminderMessageInput = Omit<ReminderNotice, 'type'>;

function headline(input: ReminderMessageInput): { emoji: string; sentence: string } {
  const { reminder, today } = input;
  const heading = activityHeading({ code: reminder.activityCode, title: reminder.activityTitle });
  const when = relativeDay(today, reminder.dueOn);
  switch (reminder.kind) {
    case 'quiet':
      return {
        emoji: '💬',
        sentence: `La actividad ${heading} es permanente y no tiene avances registrados en los últimos ${input.quietDays} días.`,
      };
    case 'overdue':
      return { emoji: '⏰', sentence: `La actividad ${heading} *venció ${when}*, ${dayWithWeekday(reminder.dueOn)}.` };
    default:
      return { emoji: '🔔', sentence: `La actividad ${heading} *vence ${when}*, ${dayWithWeekday(reminder.dueOn)}.` };
  }
}

/** "Lleva 0 de 3. Para esta fecha se esperan 2: faltan 2." */
function progressSentence(reminder: ReminderFacts): string {
  const { progress, target, expected, unit } = reminder;
  // What is asked for is whole things (amountText); what was logged shows as logged.
  const missing = Math.max(displayAmount(expected, unit) - progress, 0);
  const soFar = `Lleva *${loggedAmountText(progress, unit)}* de ${loggedAmountText(target, unit)}.`;
  const forThisDate =
    reminder.dueCount > 1 && reminder.kind !== 'quiet'
      ? ` Para esta fecha (${reminder.dueIndex} de ${reminder.dueCount}) se esperan ${amountText(expected, unit)}:`
      : '';
  return `${soFar}${forThisDate} ${missing === 1 && unit === 'count' ? 'falta' : 'faltan'} *${loggedAmountText(missing, unit)}*.`;
}

/** The reminder DM: what is due and when, why it comes early, progress so far, what is missing, and a button to log it. */
export function reminderMessage(input: ReminderMessageInput): SlackMessage {
  const { reminder, plan } = input;
  const { emoji, sentence } = headline(input);
  const shift =
    reminder.shift !== null && reminder.kind !== 'overdue' && reminder.kind !== 'quiet'
      ? `\n${shiftSentence(reminder.shift)}`
      : '';
  const ref = { planId: plan.id, code: reminder.activityCode };
  const verb = reminder.kind === 'overdue' ? 'venció' : 'vence';
  const text =
    reminder.kind === 'quiet'
      ? `Recordatorio: la actividad ${reminder.activityCode} no tiene avances recientes.`
      : `Recordatorio: la actividad ${reminder.activityCode} ${verb} el ${formatLongDate(reminder.dueOn)}.`;
  return {
    text,
    blocks: [
      section(`${emoji} *Recordatorio de rendición de cuentas*\n${sentence}${shift}`),
      section(progressSentence(reminder)),
      context(`${escapeMrkdwn(plan.entity)} · Si ya avanzó, regístrelo aquí y no le volveremos a recordar esta fecha.`),
      actions(registerProgressButton(ref), viewActivityButton(ref)),
    ],
  };
}
