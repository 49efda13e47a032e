import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { renderDigestText } from '../../digest/text.js';
import { renderCutoffText } from '../../export/cutoffText.js';
import { shorten } from '../../usecases/renderText.js';
import type { Reply } from '../../usecases/replies.js';
import {
  type NoticeMarkup,
  progressNoteIcon,
  progressNoteSentence,
  REMINDER_FOOTER,
  REMINDER_TITLE,
  reminderHeadline,
  reminderProgress,
  reminderShift,
  reminderSummary,
  unreachableRecipientLines,
  unreachableRecipientSummary,
  unstaffedOfficeLines,
  unstaffedOfficeSummary,
} from '../../wording/notices.js';
import type { Notice } from '../port.js';
import { card, execute, heading, lines, text } from './cards/kit.js';
import { progressStateLine } from './cards/status.js';
import { VERBS } from './cards/verbs.js';

/** Adaptive Cards' TextBlock markdown: what a person typed must not turn into formatting. */
function escapeMarkdown(value: string): string {
  return value.replace(/([\\*_[\]`#>])/g, '\\$1');
}

/** The notices' wording (src/wording/notices.ts) in an Adaptive Card's markdown; people by their Teams name. */
export function teamsMarkup(names: ReadonlyMap<string, string>): NoticeMarkup {
  return {
    bold: (value) => `**${value}**`,
    command: (value) => `\`${value.replace(/^\//, '')}\``,
    escape: escapeMarkdown,
    activity: (code, title) => `**${code}** ${escapeMarkdown(title)}`,
    mention: (userId) => escapeMarkdown(names.get(userId) ?? userId),
  };
}

export interface TeamsNotice {
  card: IAdaptiveCard;
  summary: string;
}

/** A job's notice as an Adaptive Card, built when it is sent. */
export function noticeCard(notice: Notice, markup: NoticeMarkup): TeamsNotice {
  switch (notice.type) {
    case 'reminder': {
      const { emoji, sentence } = reminderHeadline(notice, markup);
      const shift = reminderShift(notice.reminder);
      return {
        summary: reminderSummary(notice),
        card: card(
          [
            heading(`${emoji} ${REMINDER_TITLE}`),
            text(sentence),
            ...(shift === null ? [] : [text(shift, { isSubtle: true })]),
            text(reminderProgress(notice.reminder, markup)),
            text(`${markup.escape(notice.plan.entity)} · ${REMINDER_FOOTER}`, { isSubtle: true, size: 'Small' }),
          ],
          [execute('Registrar avance', VERBS.openProgressForm, { planId: notice.plan.id })],
          reminderSummary(notice),
        ),
      };
    }
    case 'unstaffed-office':
      return { summary: unstaffedOfficeSummary(notice), card: card(lines(unstaffedOfficeLines(notice, markup))) };
    case 'unreachable-recipient':
      return {
        summary: unreachableRecipientSummary(notice.userId, notice.reason, markup),
        card: card(lines(unreachableRecipientLines(notice.userId, notice.reason, markup))),
      };
    case 'cutoff-report':
      // As Slack's report ends: where to get the cut-off's sheet, which Teams hands over in the personal chat.
      return plainCard(`${renderCutoffText(notice.report)}\n${cutoffSheetLine(notice.report.cutoff.date)}`);
    case 'digest':
      return plainCard(renderDigestText(notice.digest, notice.bands));
    case 'legacy-slack':
      return plainCard(notice.text);
  }
}

function cutoffSheetLine(date: string): string {
  return `La hoja del corte: escriba \`rinde exportar ${date}\` en su chat personal con Rinde.`;
}

function plainCard(value: string): TeamsNotice {
  const [first = '', ...rest] = value.split('\n');
  return { summary: first, card: card([heading(first), ...lines(rest)], [], first) };
}

/**
 * The planning channel's note after someone logs or reverses progress, in the wording Slack posts
 * (src/wording/notices.ts): who, how much, on which activity, and where it stands now.
 */
export function planningNoteCard(
  reply: Extract<Reply, { kind: 'progress-logged' }>,
  markup: NoticeMarkup,
): TeamsNotice {
  const { activity, entry } = reply;
  const who = entry.authorName === null ? markup.mention(entry.authorId) : markup.escape(entry.authorName);
  const note = (activityText: string, noteMarkup: Pick<NoticeMarkup, 'bold'>) =>
    progressNoteSentence({ who, activity: activityText, entry }, noteMarkup);
  const summary = `${note(activity.code, { bold: (value) => value })}: ${progressStateLine(activity)}`;
  return {
    summary,
    card: card(
      [
        text(`${progressNoteIcon(entry)} ${note(markup.activity(activity.code, shorten(activity.title)), markup)}`),
        text(progressStateLine(activity), { spacing: 'None' }),
      ],
      [],
      summary,
    ),
  };
}
