import {
  REMINDER_FOOTER,
  REMINDER_TITLE,
  reminderHeadline,
  reminderProgress,
  reminderShift,
  reminderSummary,
} from '../../../wording/notices.js';
import type { ReminderNotice } from '../../port.js';
import { actions, context, registerProgressButton, section, viewActivityButton } from './elements.js';
import { escapeMrkdwn } from './format.js';
import type { SlackMessage } from './kit.js';
import { mrkdwnMarkup } from './noticeMarkup.js';

export type ReminderMessageInput = Omit<ReminderNotice, 'type'>;

/** The reminder DM: what is due and when, why it comes early, progress so far, what is missing, and a button to log it. */
export function reminderMessage(input: ReminderMessageInput): SlackMessage {
  const { reminder, plan } = input;
  const { emoji, sentence } = reminderHeadline(input, mrkdwnMarkup);
  const shift = reminderShift(reminder);
  const ref = { planId: plan.id, code: reminder.activityCode };
  return {
    text: reminderSummary(input),
    blocks: [
      section(`${emoji} *${REMINDER_TITLE}*\n${sentence}${shift === null ? '' : `\n${shift}`}`),
      section(reminderProgress(reminder, mrkdwnMarkup)),
      context(`${escapeMrkdwn(plan.entity)} · ${REMINDER_FOOTER}`),
      actions(registerProgressButton(ref), viewActivityButton(ref)),
    ],
  };
}
