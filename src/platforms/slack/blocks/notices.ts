import type { Notice } from '../../port.js';
import { cutoffMessage } from './cutoff.js';
import { digestMessage } from './digest.js';
import type { KnownBlock, SlackMessage } from './kit.js';
import { reminderMessage } from './reminder.js';
import { unreachableRecipientMessage } from './unreachable.js';
import { unstaffedOfficeMessage } from './unstaffed.js';

/** A job's notice as Block Kit, built when it is sent. */
export function noticeMessage(notice: Notice): SlackMessage {
  switch (notice.type) {
    case 'reminder':
      return reminderMessage(notice);
    case 'unstaffed-office':
      return unstaffedOfficeMessage(notice);
    case 'unreachable-recipient':
      return unreachableRecipientMessage(notice);
    case 'cutoff-report':
      return cutoffMessage(notice.report);
    case 'digest':
      return digestMessage(notice.digest, notice.bands);
    case 'legacy-slack':
      // Built by an earlier release from the same builders, and stored as Slack accepted it then.
      return { text: notice.text, blocks: notice.blocks as KnownBlock[] };
  }
}
