import { formatPercent } from '../../../domain/compliance.js';
import { formatLongDate, formatShortDate } from '../../../domain/dates.js';
import type { CutoffActivity, CutoffReport } from '../../../export/cutoffReport.js';
import { countdownText, cutoffMessages, stateLabels, statusEmoji, statusLabels } from '../../../wording/messages.js';
import { context, divider, header, overflowNote, section } from './elements.js';
import { activityHeading, escapeMrkdwn, evidenceLink, progressText } from './format.js';
import type { KnownBlock, SlackMessage } from './kit.js';
import { capBlocks, MAX_BLOCKS_PER_MESSAGE, MAX_FALLBACK_TEXT, packLines, truncate } from './limits.js';

/** More links than this per activity are summarised: the full list is in the exported sheet. */
export const EVIDENCE_LINKS_SHOWN = 3;

function evidenceLinks(urls: readonly string[]): string {
  if (urls.length === 0) return `_${cutoffMessages.noEvidence}_`;
  const shown = urls.slice(0, EVIDENCE_LINKS_SHOWN).map((url, index) => evidenceLink(url, `evidencia ${index + 1}`));
  const more = urls.length - shown.length;
  return more > 0 ? `${shown.join(', ')} y ${more} más` : shown.join(', ');
}

function activityLine(activity: CutoffActivity): string {
  return `${statusEmoji[activity.status]} ${activityHeading(activity)} · ${progressText(activity)} · ${stateLabels[activity.state]} · ${evidenceLinks(activity.evidence)}`;
}

function summaryText(report: CutoffReport): string {
  const { summary, cutoff } = report;
  return [
    `*${countdownText(cutoff.businessDaysLeft, formatLongDate(cutoff.deadline))}*`,
    `${statusEmoji[summary.status]} *${statusLabels[summary.status]}* · avance promedio ${formatPercent(summary.average)}`,
    `Actividades desarrolladas / programadas: *${summary.completed} de ${summary.activities}* (${formatPercent(summary.indicator)})`,
  ].join('\n');
}

/**
 * The cut-off report as a channel message: the countdown to the publication deadline, the plan's
 * figures at the cut-off, and each activity with its colour and evidence links.
 */
export function cutoffMessage(report: CutoffReport): SlackMessage {
  const { cutoff, plan } = report;
  const title = cutoffMessages.title(formatShortDate(cutoff.date));
  const subcomponents = report.subcomponents.map(
    (s) =>
      `${statusEmoji[s.status]} *${escapeMrkdwn(s.code)}. ${escapeMrkdwn(s.name)}* · ${formatPercent(s.average)} · ${s.completed}/${s.activities} completas`,
  );
  const blocks: KnownBlock[] = [
    header(title),
    section(summaryText(report)),
    context(cutoffMessages.counted(formatLongDate(cutoff.periodStart), formatLongDate(cutoff.date))),
    ...packLines(subcomponents).map((text) => section(text)),
    divider(),
    ...packLines(report.activities.map(activityLine)).map((text) => section(text)),
    context(`${escapeMrkdwn(plan.entity)} · La hoja del corte: \`/rinde exportar ${cutoff.date}\``),
  ];
  const text = `${title}. ${countdownText(cutoff.businessDaysLeft, formatLongDate(cutoff.deadline))} Avance promedio ${formatPercent(report.summary.average)}.`;
  return {
    text: truncate(text, MAX_FALLBACK_TEXT),
    blocks: capBlocks(blocks, MAX_BLOCKS_PER_MESSAGE, overflowNote),
  };
}
