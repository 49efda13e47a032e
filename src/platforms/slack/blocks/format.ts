import { formatPercent } from '../../../domain/compliance.js';
import { formatShortDate } from '../../../domain/dates.js';
import type { IsoDate } from '../../../domain/types.js';
import type { ActivityView } from '../../../usecases/replies.js';
import { formatAmount, stateLabels, statusEmoji } from '../../../wording/messages.js';
import { truncate } from './limits.js';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn.js';

const BAR_WIDTH = 10;
const TITLE_LENGTH = 90;

export { escapeMrkdwn } from './mrkdwn.js';

/** "███░░░░░░░": readable on every client and in notifications, unlike images. */
export function progressBar(ratio: number, width = BAR_WIDTH): string {
  const clamped = Math.min(Math.max(ratio, 0), 1);
  const filled = Math.round(clamped * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** "10/40 (25 %)" for counts; "60 % de 100 %" for targets already written as percentages. */
export function progressText(activity: Pick<ActivityView, 'progress' | 'target' | 'unit' | 'ratio'>): string {
  if (activity.unit === 'percent') {
    const base = `${formatAmount(activity.progress)} % de ${formatAmount(activity.target)} %`;
    return activity.target === 100 ? base : `${base} (${formatPercent(activity.ratio)})`;
  }
  return `${formatAmount(activity.progress)}/${formatAmount(activity.target)} (${formatPercent(activity.ratio)})`;
}

/** "*1.2* Publicar contenidos…" */
export function activityHeading(activity: Pick<ActivityView, 'code' | 'title'>): string {
  return `*${activity.code}* ${escapeMrkdwn(truncate(activity.title, TITLE_LENGTH))}`;
}

/** "🟡 `██░░░░░░░░` 10/40 (25 %) · Atrasada" */
export function progressLine(activity: ActivityView): string {
  return `${statusEmoji[activity.status]} \`${progressBar(activity.ratio)}\` ${progressText(activity)} · ${stateLabels[activity.state]}`;
}

export function dueText(dueOn: IsoDate | null): string {
  return dueOn === null ? 'Sin fechas pendientes' : `Próxima fecha: ${formatShortDate(dueOn)}`;
}

export function officeNames(activity: Pick<ActivityView, 'offices'>): string {
  return activity.offices.map((office) => office.name).join(', ') || 'Sin dependencia';
}

/** "<https://x|evidencia>", with the URL made safe for Slack's link syntax (mrkdwn.ts). */
export function evidenceLink(url: string, label = 'evidencia'): string {
  return mrkdwnLink(url, label);
}
