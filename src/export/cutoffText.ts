import { formatPercent } from '../domain/compliance.js';
import { formatLongDate } from '../domain/dates.js';
import { progressFraction, shorten } from '../usecases/renderText.js';
import { countdownText, cutoffMessages, stateLabels, statusEmoji } from '../wording/messages.js';
import type { CutoffActivity, CutoffReport } from './cutoffReport.js';

function activityLines(activity: CutoffActivity): string[] {
  const head = `${statusEmoji[activity.status]} ${activity.code} ${shorten(activity.title)} ${progressFraction(activity)} (${formatPercent(activity.ratio)}) · ${stateLabels[activity.state]}`;
  const evidence =
    activity.evidence.length === 0
      ? `    ${cutoffMessages.noEvidence}`
      : `    ${cutoffMessages.evidence}: ${activity.evidence.join(', ')}`;
  return [head, evidence];
}

/** Plain Spanish text of the cut-off report, for the CLI. */
export function renderCutoffText(report: CutoffReport): string {
  const { cutoff, summary, plan } = report;
  return [
    cutoffMessages.title(formatLongDate(cutoff.date)),
    `${plan.entity} — vigencia ${formatLongDate(plan.from)} al ${formatLongDate(plan.to)}`,
    countdownText(cutoff.businessDaysLeft, formatLongDate(cutoff.deadline)),
    cutoffMessages.counted(formatLongDate(cutoff.periodStart), formatLongDate(cutoff.date)),
    '',
    `${statusEmoji[summary.status]} Cumplimiento promedio: ${formatPercent(summary.average)}`,
    `Actividades desarrolladas / programadas: ${summary.completed}/${summary.activities} (${formatPercent(summary.indicator)})`,
    '',
    ...report.subcomponents.map(
      (s) =>
        `${statusEmoji[s.status]} ${s.code}. ${s.name}: ${formatPercent(s.average)} · ${s.completed}/${s.activities} completas`,
    ),
    '',
    ...report.activities.flatMap(activityLines),
  ].join('\n');
}
