import { renderDigestText } from '../digest/text.js';
import { formatPercent } from '../domain/compliance.js';
import { formatLongDate, formatShortDate } from '../domain/dates.js';
import { groupBy } from '../domain/groupBy.js';
import type { IsoDate } from '../domain/types.js';
import { cutoffMessages, formatAmount, messages, stateLabels, statusEmoji } from '../wording/messages.js';
import type { ActivityHistory, ActivityView, EntryView, HistoryEntry, Reply } from './replies.js';

const TITLE_LENGTH = 70;

export function shorten(text: string, length = TITLE_LENGTH): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** "10/40" or, for a percentage target, "50/100 %". */
export function progressFraction(activity: Pick<ActivityView, 'progress' | 'target' | 'unit'>): string {
  const fraction = `${formatAmount(activity.progress)}/${formatAmount(activity.target)}`;
  return activity.unit === 'percent' ? `${fraction} %` : fraction;
}

/** "1.2 Publicar contenidos… 10/40 (25 %)" */
export function activityLine(activity: ActivityView): string {
  return `${activity.code} ${shorten(activity.title)} ${progressFraction(activity)} (${formatPercent(activity.ratio)})`;
}

/** "próxima fecha: 30 jun 2024", "venció: 30 jun 2024", "sin fecha (…)": where an activity stands in its schedule. */
export function dueText(activity: ActivityView): string {
  if (activity.nextDueOn !== null) return `próxima fecha: ${formatShortDate(activity.nextDueOn)}`;
  const last = activity.schedule.dueDates.at(-1);
  return last === undefined
    ? `sin fecha (${activity.schedule.text || 'no indicada'})`
    : `venció: ${formatShortDate(last)}`;
}

/** Which entries of a history reversed each one: the other side of `correctsId`. */
export function correctionsByEntry(history: readonly EntryView[]): Map<number, number[]> {
  const corrections = history.filter((entry): entry is EntryView & { correctsId: number } => entry.correctsId !== null);
  return groupBy(
    corrections,
    (entry) => entry.correctsId,
    (entry) => entry.id,
  );
}

export function entryLine(entry: EntryView, correctedBy: readonly number[] = []): string {
  const who = entry.authorName ?? entry.authorId;
  const sign = entry.amount < 0 ? '' : '+';
  const parts = [`${formatShortDate(entry.effectiveOn)} · ${who} · ${sign}${formatAmount(entry.amount)}`];
  if (entry.correctsId !== null) parts.push(`(corrige el registro #${entry.correctsId})`);
  if (correctedBy.length > 0) parts.push(`(deshecho con el registro #${correctedBy.join(', #')})`);
  if (entry.note !== null) parts.push(`— ${entry.note}`);
  if (entry.evidenceUrl !== null) parts.push(`· evidencia: ${entry.evidenceUrl}`);
  return `#${entry.id} ${parts.join(' ')}`;
}

function planTitle(plan: { entity: string; from: string; to: string }): string {
  return `${plan.entity} — vigencia ${formatLongDate(plan.from)} al ${formatLongDate(plan.to)}`;
}

function renderPlanStatus(reply: Extract<Reply, { kind: 'plan-status' }>): string {
  const { summary } = reply;
  const lines = [
    `Estado del plan: ${planTitle(reply.plan)}`,
    `Con corte al ${formatLongDate(reply.at)}`,
    ...(reply.at < reply.plan.from ? [cutoffMessages.notStarted(formatLongDate(reply.plan.from))] : []),
    `${statusEmoji[summary.status]} Cumplimiento promedio: ${formatPercent(summary.average)}`,
    `Actividades desarrolladas / programadas: ${summary.completed}/${summary.activities} (${formatPercent(summary.indicator)})`,
    `Atrasadas: ${summary.behind}`,
    '',
    ...reply.subcomponents.map(
      (s) =>
        `${statusEmoji[s.status]} ${s.code}. ${s.name}: ${formatPercent(s.average)} · ${s.completed}/${s.activities} completas${s.behind > 0 ? ` · ${s.behind} atrasada(s)` : ''}`,
    ),
    '',
    ...reply.activities.map(
      (a) => `${statusEmoji[a.status]} ${activityLine(a)} · ${stateLabels[a.state]} · ${dueText(a)}`,
    ),
  ];
  return lines.join('\n');
}

function retiredLines(retiredOn: IsoDate | undefined): string[] {
  return retiredOn === undefined ? [] : [`🗄️ ${messages.retiredActivity(formatLongDate(retiredOn))}`];
}

function renderActivityStatus(reply: Extract<Reply, { kind: 'activity-status' }>): string {
  const { activity } = reply;
  const corrections = correctionsByEntry(reply.history);
  const lines = [
    `${statusEmoji[activity.status]} ${activityLine(activity)} · ${stateLabels[activity.state]}`,
    ...retiredLines(reply.retiredOn),
    `Producto: ${activity.product}`,
    `Responsables: ${activity.offices.map((o) => o.name).join('; ') || 'sin dependencia'}`,
    `Fecha programada: ${activity.schedule.text || 'no indicada'}${activity.schedule.dueDates.length > 0 ? ` (${activity.schedule.dueDates.map(formatShortDate).join(', ')})` : ''}`,
    '',
    reply.history.length === 0 ? 'Todavía no tiene avances registrados.' : 'Historial:',
    ...reply.history.map((entry) => `  ${entryLine(entry, corrections.get(entry.id))}`),
  ];
  return lines.join('\n');
}

/** What was stored besides the amount: the day it counts on (when not today), the note, the evidence. */
export function storedDetails(reply: Extract<Reply, { kind: 'progress-logged' }>): string[] {
  const { entry } = reply;
  return [
    reply.countedOn == null ? null : `Cuenta el ${formatLongDate(reply.countedOn)}.`,
    entry.note === null || entry.correctsId !== null ? null : `Nota: ${entry.note}`,
    entry.evidenceUrl === null ? null : `Evidencia: ${entry.evidenceUrl}`,
    reply.duplicate === true ? messages.duplicateRequest(entry.id) : null,
    reply.lookalikeId == null ? null : messages.lookalike(reply.lookalikeId, formatAmount(entry.amount)),
  ].filter((line): line is string => line !== null);
}

/** "se suman 10: ahora 25 de 40" */
export function addedText(reply: Extract<Reply, { kind: 'progress-logged' }>): string {
  const { activity, entry } = reply;
  const target = activity.unit === 'percent' ? `${formatAmount(activity.target)} %` : formatAmount(activity.target);
  return messages.progressAdded(formatAmount(entry.amount), formatAmount(activity.progress), target);
}

function renderProgressLogged(reply: Extract<Reply, { kind: 'progress-logged' }>): string {
  const { entry, activity } = reply;
  const state = `${activityLine(activity)} · ${dueText(activity)}`;
  const details = storedDetails(reply)
    .map((line) => `\n  ${line}`)
    .join('');
  if (entry.correctsId === null)
    return `✅ Avance registrado (#${entry.id}): ${state}\n  ${addedText(reply)}.${details}`;
  return `↩️ ${messages.progressUndone(entry.correctsId)} con el registro #${entry.id}: ${state}${details}`;
}

/** Plain Spanish text for the console, the CLI and notification fallbacks. */
export function renderReplyText(reply: Reply): string {
  switch (reply.kind) {
    case 'progress-logged':
      return renderProgressLogged(reply);
    case 'confirm-progress':
      return `⚠️ ${reply.message}\n${reply.howToConfirm}`;
    case 'plan-status':
      return renderPlanStatus(reply);
    case 'activity-status':
      return renderActivityStatus(reply);
    case 'pending':
      return [
        reply.scope === 'mine' ? 'Sus próximas fechas:' : 'Próximas fechas del plan:',
        ...reply.items.map(
          (item) =>
            `  ${formatShortDate(item.dueOn)}${item.overdue ? ' (vencida)' : ''} · ${activityLine(item.activity)}`,
        ),
      ].join('\n');
    case 'help':
      return ['Comandos de Rinde:', ...reply.commands.map((c) => `  ${c.usage} — ${c.description}`)].join('\n');
    case 'offices':
      return [
        'Dependencias del plan:',
        ...reply.offices.map(
          (o) =>
            `  ${o.name} · ${o.activityCount} actividad(es) · ${o.members.length > 0 ? o.members.join(', ') : 'sin miembros'}`,
        ),
      ].join('\n');
    case 'digest':
      return renderDigestText(reply.digest, reply.bands);
    case 'done':
      return reply.message;
    case 'error':
      return `⚠️ ${reply.message}`;
  }
}

const sourceLabels: Record<string, string> = { chat: 'chat', cli: 'línea de comandos', import: 'hoja importada' };

function historyEntryLines(entry: HistoryEntry): string[] {
  return [
    entryLine(entry, entry.correctedBy),
    `     registrado el ${entry.recordedLocal} (${sourceLabels[entry.source] ?? entry.source})`,
  ];
}

/** `rinde history ID`: the activity's state, then every entry with when it was written and how. */
export function renderHistoryText(history: ActivityHistory): string {
  const { activity, entries } = history;
  const corrections = entries.filter((entry) => entry.correctsId !== null).length;
  return [
    `${statusEmoji[activity.status]} ${activityLine(activity)} · ${stateLabels[activity.state]}`,
    ...retiredLines(history.retiredOn),
    entries.length === 0
      ? 'Todavía no tiene avances registrados.'
      : `Historial completo: ${entries.length} registro(s), ${corrections} corrección(es). Los registros no se editan ni se borran.`,
    ...entries.flatMap(historyEntryLines),
  ].join('\n');
}
