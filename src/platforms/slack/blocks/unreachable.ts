import { unreachableRecipientLines, unreachableRecipientSummary } from '../../../wording/notices.js';
import type { UnreachableRecipientNotice } from '../../port.js';
import { section } from './elements.js';
import type { SlackMessage } from './kit.js';
import { mrkdwnMarkup } from './noticeMarkup.js';

/** Slack's reasons, as the planning office would say them. */
const REASONS: Record<string, string> = {
  user_not_found: 'Slack no encuentra la cuenta',
  user_disabled: 'la cuenta está desactivada',
  account_inactive: 'la cuenta está desactivada',
  user_not_visible: 'la cuenta no es visible para Rinde',
  cannot_dm_bot: 'es una cuenta de bot',
};

/** Why Slack would not deliver to someone, in words; the raw code for one Rinde does not know. */
function slackReasonText(slackError: string): string {
  return REASONS[slackError] ?? `Slack respondió ${slackError}`;
}

/** Told once per person and plan in the planning channel: their reminders are skipped, everyone else's go on. */
export function unreachableRecipientMessage({ userId, reason }: UnreachableRecipientNotice): SlackMessage {
  const words = slackReasonText(reason);
  return {
    text: unreachableRecipientSummary(userId, words, mrkdwnMarkup),
    blocks: [section(unreachableRecipientLines(userId, words, mrkdwnMarkup).join('\n'))],
  };
}
