import { unstaffedOfficeLines, unstaffedOfficeSummary } from '../../../wording/notices.js';
import type { UnstaffedOfficeNotice } from '../../port.js';
import { section } from './elements.js';
import type { SlackMessage } from './kit.js';
import { mrkdwnMarkup } from './noticeMarkup.js';

/** Told once per office in the planning channel: reminders for its activities reach nobody. */
export function unstaffedOfficeMessage(notice: UnstaffedOfficeNotice): SlackMessage {
  return {
    text: unstaffedOfficeSummary(notice),
    blocks: [section(unstaffedOfficeLines(notice, mrkdwnMarkup).join('\n'))],
  };
}
