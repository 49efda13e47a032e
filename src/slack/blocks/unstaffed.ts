import { formatLongDate } from '../../domain/dates.js';
import type { UnstaffedOfficeNotice } from '../../platforms/port.js';
import { section } from './elements.js';
import { escapeMrkdwn } from './format.js';
import type { SlackMessage } from './kit.js';

/** Told once per office in the planning channel: reminders for its activities reach nobody. */
export function unstaffedOfficeMessage({ office, reminder }: UnstaffedOfficeNotice): SlackMessage {
  const name = escapeMrkdwn(office);
  const verb = reminder.kind === 'overdue' ? 'venció' : 'vence';
  return {
    text: `La dependencia ${office} no tiene miembros en Rinde: nadie recibe sus recordatorios.`,
    blocks: [
      section(
        `⚠️ La dependencia *${name}* no tiene miembros en Rinde, así que nadie recibe los recordatorios de sus actividades.\n` +
          `Por ejemplo, la actividad *${reminder.activityCode}* ${verb} el ${formatLongDate(reminder.dueOn)}.\n` +
          `Asigne a un responsable con \`/rinde asignar @usuario ${name}\`.`,
      ),
    ],
  };
}
