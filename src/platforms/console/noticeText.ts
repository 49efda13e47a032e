import { renderDigestText } from '../../digest/text.js';
import { renderCutoffText } from '../../export/cutoffText.js';
import { shorten } from '../../usecases/renderText.js';
import {
  type NoticeMarkup,
  REMINDER_TITLE,
  reminderHeadline,
  reminderProgress,
  reminderShift,
  unreachableRecipientLines,
  unstaffedOfficeLines,
} from '../../wording/notices.js';
import type { Notice, ReminderNotice } from '../port.js';

/** The notices' wording as plain text: what the terminal shows is what was typed. */
const plainMarkup: NoticeMarkup = {
  bold: (text) => text,
  command: (text) => text,
  escape: (text) => text,
  activity: (code, title) => `${code} ${shorten(title)}`,
  mention: (userId) => `@${userId}`,
};

function reminderText(notice: ReminderNotice): string {
  const { emoji, sentence } = reminderHeadline(notice, plainMarkup);
  const shift = reminderShift(notice.reminder);
  return [
    `${emoji} ${REMINDER_TITLE}`,
    sentence,
    ...(shift === null ? [] : [shift]),
    reminderProgress(notice.reminder, plainMarkup),
    `${notice.plan.entity} · Si ya avanzó, regístrelo con /avance ${notice.reminder.activityCode} CANTIDAD y no le volveremos a recordar esta fecha.`,
  ].join('\n');
}

/** A job's notice as the console prints it. */
export function noticeText(notice: Notice): string {
  switch (notice.type) {
    case 'reminder':
      return reminderText(notice);
    case 'unstaffed-office':
      return unstaffedOfficeLines(notice, plainMarkup).join('\n');
    case 'unreachable-recipient':
      return unreachableRecipientLines(notice.userId, notice.reason, plainMarkup).join('\n');
    case 'cutoff-report':
      return renderCutoffText(notice.report);
    case 'digest':
      return renderDigestText(notice.digest, notice.bands);
    case 'legacy-slack':
      return notice.text;
  }
}
