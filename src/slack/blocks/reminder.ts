import { formatAmount } from '../../commands/messages.js';
import type { ActivityView, PlanRef } from '../../commands/replies.js';
import { daysBetween, formatLongDate } from '../../domain/dates.js';
import type { IsoDate } from '../../domain/types.js';
import { actions, context, registerProgressButton, section, viewActivityButton } from './elements.js';
import { activityHeading, escapeMrkdwn, officeNames, progressLine, remaining } from './format.js';
import type { SlackMessage } from './kit.js';

export interface ReminderInput {
  plan: PlanRef;
  activity: ActivityView;
  dueOn: IsoDate;
  today: IsoDate;
}

/** "hoy", "mañana", "en 5 días", "hace 2 días": how far the due date is, as people say it. */
export function relativeDay(today: IsoDate, dueOn: IsoDate): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return 'hoy';
  if (days === 1) return 'mañana';
  if (days === -1) return 'ayer';
  return days > 0 ? `en ${days} días` : `hace ${-days} días`;
}

function whatIsMissing(activity: ActivityView): string {
  const left = remaining(activity);
  if (left === 0) return 'Ya cumplió la meta: registre solo si hubo avance adicional.';
  const unit = activity.unit === 'percent' ? ' %' : '';
  return `Lleva *${formatAmount(activity.progress)}${unit}* de ${formatAmount(activity.target)}${unit}: faltan *${formatAmount(left)}${unit}*.`;
}

/** The reminder DM: what is due and when, progress so far and what is missing, with working buttons. */
export function reminderMessage(input: ReminderInput): SlackMessage {
  const { activity, dueOn, today, plan } = input;
  const when = relativeDay(today, dueOn);
  const overdue = dueOn < today;
  const verb = overdue ? 'venció' : 'vence';
  const ref = { planId: plan.id, code: activity.code };
  return {
    text: `Recordatorio: la actividad ${activity.code} ${verb} ${when} (${formatLongDate(dueOn)}).`,
    blocks: [
      section(
        `🔔 *Recordatorio de rendición de cuentas*\nLa actividad ${activityHeading(activity)} ${verb} *${when}*, el ${formatLongDate(dueOn)}.`,
      ),
      section(`${progressLine(activity)}\n${whatIsMissing(activity)}`),
      context(`${escapeMrkdwn(officeNames(activity))} · ${escapeMrkdwn(plan.entity)}`),
      actions(registerProgressButton(ref), viewActivityButton(ref)),
    ],
  };
}
