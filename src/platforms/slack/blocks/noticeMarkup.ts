import type { NoticeMarkup } from '../../../wording/notices.js';
import { activityHeading, escapeMrkdwn } from './format.js';

/** The notices' wording (src/wording/notices.ts) in Slack's mrkdwn. */
export const mrkdwnMarkup: NoticeMarkup = {
  bold: (text) => `*${text}*`,
  command: (text) => `\`${text}\``,
  escape: escapeMrkdwn,
  activity: (code, title) => activityHeading({ code, title }),
  mention: (userId) => `<@${userId}>`,
};
