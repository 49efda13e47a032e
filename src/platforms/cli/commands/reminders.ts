import { createCalendar } from '../../../domain/calendar/index.js';
import { isValidIsoDate } from '../../../domain/dates.js';
import { formatClockTime, instantAt, localMoment, parseClockTime } from '../../../domain/reminders/index.js';
import { previewReminders } from '../../../jobs/dueReminders.js';
import { reminderSettingsOf } from '../../../jobs/jobConfig.js';
import { reminderLine, stageLabel } from '../../../jobs/stageLabels.js';
import { UserError } from '../../../usecases/errors.js';
import { dayWithWeekday } from '../../../wording/amounts.js';
import { messages } from '../../../wording/messages.js';
import { type CliCommand, stringOption, UsageError, writeJson, writeLine } from '../cliCommand.js';
import { jsonOption } from '../context.js';

const AT_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?$/;

/** "2024-07-08 08:00" (or a bare date, at the sending hour) as an instant in the plan's zone. */
function parseAt(text: string, sendAtMinutes: number, timeZone: string): Date {
  const match = AT_PATTERN.exec(text.trim());
  const date = match?.[1];
  const minutes = match?.[2] === undefined ? sendAtMinutes : parseClockTime(match[2]);
  if (date === undefined || !isValidIsoDate(date) || minutes === null) {
    throw new UsageError('--at debe ser "AAAA-MM-DD HH:mm", por ejemplo --at "2024-07-08 08:00".');
  }
  return instantAt(date, minutes, timeZone);
}

export const remindersCommand: CliCommand = {
  name: 'reminders',
  summary: 'Lista los recordatorios que enviaría un barrido (sin enviar nada).',
  help: [
    'Uso: rinde reminders [--at "AAAA-MM-DD HH:mm"] [--json]',
    '',
    'Lista lo que enviaría el barrido de recordatorios en ese momento (hora de Colombia): actividad,',
    'fecha programada, etapa y destinatarios. No envía ni registra nada; deja fuera lo ya enviado.',
    'Los fines de semana y festivos no se envía nada: lo pendiente sale el siguiente día hábil.',
    '',
    '  --at     momento del barrido (por omisión, ahora); sin hora, a la hora de envío (REMINDER_HOUR)',
    '  --json   resultado en JSON',
  ].join('\n'),
  options: { ...jsonOption, at: { type: 'string' } },
  async run(args, deps) {
    if (args.positionals.length > 0) throw new UsageError(`Sobra «${args.positionals.join(' ')}».`);
    const settings = reminderSettingsOf(deps.config, deps.config.TIME_ZONE);
    const at = stringOption(args, 'at');
    const now = at === undefined ? deps.now() : parseAt(at, settings.sendAtMinutes, settings.timeZone);
    const calendar = createCalendar({ extraHolidays: deps.config.EXTRA_HOLIDAYS });
    const { plan, reminders } = await previewReminders((await deps.database()).prisma, settings, calendar, now);
    if (plan === null) throw new UserError('no_plan', messages.noPlan);
    const local = localMoment(now, settings.timeZone);
    if (args.values.json === true) {
      writeJson(deps, {
        at: `${local.date} ${formatClockTime(local.minutes)}`,
        timeZone: settings.timeZone,
        plan: { id: plan.id, entity: plan.entity },
        reminders: reminders.map((r) => ({
          key: r.key,
          activity: r.activityCode,
          title: r.activityTitle,
          dueOn: r.dueOn,
          stage: r.stage,
          stageLabel: stageLabel(r),
          sendOn: r.sendOn,
          shift: r.shift,
          expected: r.expected,
          progress: r.progress,
          target: r.target,
          recipients: r.recipients,
          unstaffedOffices: r.unstaffedOffices.map((o) => o.name),
        })),
      });
      return;
    }
    const when = `${dayWithWeekday(local.date)} a las ${formatClockTime(local.minutes)} (${settings.timeZone})`;
    if (reminders.length === 0) {
      writeLine(deps, `Un barrido ${when} no enviaría ningún recordatorio.`);
      return;
    }
    writeLine(deps, `Un barrido ${when} enviaría ${reminders.length} recordatorio(s):`);
    for (const reminder of reminders) writeLine(deps, `  ${reminderLine(reminder, (id) => id)}`);
  },
};
