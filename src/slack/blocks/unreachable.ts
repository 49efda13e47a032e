import type { UnreachableRecipientNotice } from '../../platforms/port.js';
import { section } from './elements.js';
import type { SlackMessage } from './kit.js';

/** Slack's reasons, as the planning office would say them. */
const REASONS: Record<string, string> = {
  user_not_found: 'Slack no encuentra la cuenta',
  user_disabled: 'la cuenta está desactivada',
  account_inactive: 'la cuenta está desactivada',
  user_not_visible: 'la cuenta no es visible para Rinde',
  cannot_dm_bot: 'es una cuenta de bot',
};

/** Told once per person and plan in the planning channel: their reminders are skipped, everyone else's go on. */
export function unreachableRecipientMessage({ userId, reason: slackError }: UnreachableRecipientNotice): SlackMessage {
  const reason = REASONS[slackError] ?? `Slack respondió ${slackError}`;
  return {
    text: `No pude enviarle recordatorios a <@${userId}>: ${reason}.`,
    blocks: [
      section(
        `⚠️ No pude enviarle recordatorios a <@${userId}>: ${reason}. Los demás miembros de su dependencia sí los reciben.\n` +
          'Si esa persona ya no está en la entidad o cambió de cuenta, asigne a quien la reemplaza con ' +
          '`/rinde asignar @usuario Dependencia`.',
      ),
    ],
  };
}
