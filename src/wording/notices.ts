import { daysBetween, formatLongDate } from '../domain/dates.js';
import type { IsoDate } from '../domain/types.js';
import type { ReminderFacts, ReminderNotice, UnstaffedOfficeNotice } from '../platforms/port.js';
import type { EntryView } from '../usecases/replies.js';
import { amountText, dayWithWeekday, displayAmount, loggedAmountText, shiftSentence } from './amounts.js';
import { formatAmount } from './messages.js';

/**
 * The Spanish of the jobs' notices, once for every platform: each renderer passes its own markup
 * (Slack's mrkdwn, the console's plain text) and lays the sentences out as it likes.
 */
export interface NoticeMarkup {
  bold(text: string): string;
  /** A command to type, such as `/rinde asignar @usuario Prensa`. */
  command(text: string): string;
  /** Makes text a person typed (an office, an entity) safe to show as it is. */
  escape(text: string): string;
  /** "1.2 Publicar contenidos…": an activity as the platform shows it. */
  activity(code: string, title: string): string;
  mention(userId: string): string;
}

/** "hoy", "mañana", "en 5 días", "hace 2 días": how far the due date is, as people say it. */
export function relativeDay(today: IsoDate, dueOn: IsoDate): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return 'hoy';
  if (days === 1) return 'mañana';
  if (days === -1) return 'ayer';
  return days > 0 ? `en ${days} días` : `hace ${-days} días`;
}

export const REMINDER_TITLE = 'Recordatorio de rendición de cuentas';
export const REMINDER_FOOTER = 'Si ya avanzó, regístrelo aquí y no le volveremos a recordar esta fecha.';

/** The one line a notification shows: "Recordatorio: la actividad 1.2 vence el 30 de junio de 2024." */
export function reminderSummary({ reminder }: Pick<ReminderNotice, 'reminder'>): string {
  const verb = reminder.kind === 'overdue' ? 'venció' : 'vence';
  return reminder.kind === 'quiet'
    ? `Recordatorio: la actividad ${reminder.activityCode} no tiene avances recientes.`
    : `Recordatorio: la actividad ${reminder.activityCode} ${verb} el ${formatLongDate(reminder.dueOn)}.`;
}

/** What is due and when, with its emoji; for a permanent activity, how long nothing was logged. */
export function reminderHeadline(
  notice: Pick<ReminderNotice, 'reminder' | 'today' | 'quietDays'>,
  markup: NoticeMarkup,
): { emoji: string; sentence: string } {
  const { reminder, today } = notice;
  const heading = markup.activity(reminder.activityCode, reminder.activityTitle);
  const when = relativeDay(today, reminder.dueOn);
  switch (reminder.kind) {
    case 'quiet':
      return {
        emoji: '💬',
        sentence: `La actividad ${heading} es permanente y no tiene avances registrados en los últimos ${notice.quietDays} días.`,
      };
    case 'overdue':
      return {
        emoji: '⏰',
        sentence: `La actividad ${heading} ${markup.bold(`venció ${when}`)}, ${dayWithWeekday(reminder.dueOn)}.`,
      };
    default:
      return {
        emoji: '🔔',
        sentence: `La actividad ${heading} ${markup.bold(`vence ${when}`)}, ${dayWithWeekday(reminder.dueOn)}.`,
      };
  }
}

/** Why an early reminder comes before its stage's day (a holiday, a weekend); null when it does not. */
export function reminderShift(reminder: ReminderFacts): string | null {
  return reminder.shift !== null && reminder.kind !== 'overdue' && reminder.kind !== 'quiet'
    ? shiftSentence(reminder.shift)
    : null;
}

/** "Lleva 0 de 3. Para esta fecha se esperan 2: faltan 2." */
export function reminderProgress(reminder: ReminderFacts, markup: NoticeMarkup): string {
  const { progress, target, expected, unit } = reminder;
  // What is asked for is whole things (amountText); what was logged shows as logged.
  const missing = Math.max(displayAmount(expected, unit) - progress, 0);
  const soFar = `Lleva ${markup.bold(loggedAmountText(progress, unit))} de ${loggedAmountText(target, unit)}.`;
  const forThisDate =
    reminder.dueCount > 1 && reminder.kind !== 'quiet'
      ? ` Para esta fecha (${reminder.dueIndex} de ${reminder.dueCount}) se esperan ${amountText(expected, unit)}:`
      : '';
  return `${soFar}${forThisDate} ${missing === 1 && unit === 'count' ? 'falta' : 'faltan'} ${markup.bold(loggedAmountText(missing, unit))}.`;
}

export function unstaffedOfficeSummary({ office }: UnstaffedOfficeNotice): string {
  return `La dependencia ${office} no tiene miembros en Rinde: nadie recibe sus recordatorios.`;
}

/** Told once per office in the planning channel: reminders for its activities reach nobody. */
export function unstaffedOfficeLines({ office, reminder }: UnstaffedOfficeNotice, markup: NoticeMarkup): string[] {
  const name = markup.escape(office);
  const verb = reminder.kind === 'overdue' ? 'venció' : 'vence';
  return [
    `⚠️ La dependencia ${markup.bold(name)} no tiene miembros en Rinde, así que nadie recibe los recordatorios de sus actividades.`,
    `Por ejemplo, la actividad ${markup.bold(reminder.activityCode)} ${verb} el ${formatLongDate(reminder.dueOn)}.`,
    `Asigne a un responsable con ${markup.command(`/rinde asignar @usuario ${name}`)}.`,
  ];
}

/** "No pude enviarle recordatorios a @ana: la cuenta está desactivada." `reason` is the platform's, in words. */
export function unreachableRecipientSummary(userId: string, reason: string, markup: NoticeMarkup): string {
  return `No pude enviarle recordatorios a ${markup.mention(userId)}: ${reason}.`;
}

/** Told once per person and plan in the planning channel: their reminders are skipped, everyone else's go on. */
export function unreachableRecipientLines(userId: string, reason: string, markup: NoticeMarkup): string[] {
  return [
    `⚠️ ${unreachableRecipientSummary(userId, reason, markup)} Los demás miembros de su dependencia sí los reciben.`,
    'Si esa persona ya no está en la entidad o cambió de cuenta, asigne a quien la reemplaza con ' +
      `${markup.command('/rinde asignar @usuario Dependencia')}.`,
  ];
}

/** The planning channel's note on a saved entry: 📈 for progress, ↩️ for a reversal. */
export function progressNoteIcon(entry: Pick<EntryView, 'correctsId'>): string {
  return entry.correctsId === null ? '📈' : '↩️';
}

/**
 * "Ana registró 10 en 1.2 Publicar…", "Ana deshizo el registro #7 (-10) en 1.2 …": the planning
 * channel's note after someone logs or reverses progress. `who` and `activity` come already in the
 * platform's markup (a Slack mention, a Teams name); only the amount is marked here.
 */
export function progressNoteSentence(
  note: { who: string; activity: string; entry: Pick<EntryView, 'amount' | 'correctsId'> },
  markup: Pick<NoticeMarkup, 'bold'>,
): string {
  const { entry } = note;
  const amount = markup.bold(formatAmount(entry.amount));
  const did = entry.correctsId === null ? `registró ${amount}` : `deshizo el registro #${entry.correctsId} (${amount})`;
  return `${note.who} ${did} en ${note.activity}`;
}
