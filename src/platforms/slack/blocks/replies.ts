import { formatPercent } from '../../../domain/compliance.js';
import { formatLongDate, formatShortDate } from '../../../domain/dates.js';
import { addedText } from '../../../usecases/renderText.js';
import type { ActivityView, EntryView, PlanRef, Reply } from '../../../usecases/replies.js';
import {
  cutoffMessages,
  formatAmount,
  messages,
  stateLabels,
  statusEmoji,
  statusLabels,
} from '../../../wording/messages.js';
import { progressNoteIcon, progressNoteSentence } from '../../../wording/notices.js';
import { digestMessage } from './digest.js';
import {
  actions,
  confirmProgressButton,
  context,
  divider,
  header,
  overflowNote,
  registerProgressButton,
  section,
} from './elements.js';
import {
  activityHeading,
  dueText,
  escapeMrkdwn,
  evidenceLink,
  officeNames,
  progressLine,
  progressText,
} from './format.js';
import type { KnownBlock, SlackMessage } from './kit.js';
import { capBlocks, MAX_BLOCKS_PER_MESSAGE, MAX_FALLBACK_TEXT, packLines, truncate } from './limits.js';
import { mrkdwnMarkup } from './noticeMarkup.js';

type ReplyOf<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** How many of the latest history entries an activity status shows; the whole trail is in `rinde history`. */
export const HISTORY_LIMIT = 15;

function planContext(plan: PlanRef): KnownBlock {
  return context(`${escapeMrkdwn(plan.entity)} · vigencia ${formatShortDate(plan.from)} – ${formatShortDate(plan.to)}`);
}

function refOf(plan: PlanRef, activity: ActivityView) {
  return { planId: plan.id, code: activity.code };
}

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Slack users are mentioned (Slack shows their current name); entries from the CLI or an import show the stored name. */
export function authorOf(entry: Pick<EntryView, 'authorId' | 'authorName'>): string {
  return SLACK_USER_ID.test(entry.authorId) ? `<@${entry.authorId}>` : escapeMrkdwn(entry.authorName ?? entry.authorId);
}

/** "15 jul 2024 · <@U1> · +10 · nota · evidencia" */
export function entryLine(entry: EntryView): string {
  const sign = entry.amount >= 0 ? '+' : '−';
  const parts = [
    formatShortDate(entry.effectiveOn),
    authorOf(entry),
    `*${sign}${formatAmount(Math.abs(entry.amount))}*`,
    entry.correctsId === null ? null : `_(corrige el registro #${entry.correctsId})_`,
    entry.note === null ? null : escapeMrkdwn(truncate(entry.note, 300)),
    entry.evidenceUrl === null ? null : evidenceLink(entry.evidenceUrl),
  ];
  return `• ${parts.filter((part) => part !== null).join(' · ')}`;
}

function progressLogged(reply: ReplyOf<'progress-logged'>): KnownBlock[] {
  const { activity, entry, plan } = reply;
  const heading = entry.correctsId === null ? '✅ *Avance registrado*' : `↩️ *Registro #${entry.correctsId} deshecho*`;
  const added = entry.correctsId === null ? `\n${escapeMrkdwn(addedText(reply))}` : '';
  const notes = [
    reply.countedOn == null ? null : `Cuenta el ${formatLongDate(reply.countedOn)}.`,
    ...replayNotes(reply),
  ];
  return [
    section(`${heading} en ${activityHeading(activity)}${added}\n${progressLine(activity)}`),
    section(entryLine(entry)),
    ...notes.filter((note): note is string => note !== null).map((note) => context(escapeMrkdwn(note))),
    context(`${dueText(activity.nextDueOn)} · ${escapeMrkdwn(officeNames(activity))}`),
    planContext(plan),
  ];
}

function replayNotes(reply: ReplyOf<'progress-logged'>): (string | null)[] {
  const { entry } = reply;
  return [
    reply.duplicate === true ? messages.duplicateRequest(entry.id) : null,
    reply.lookalikeId == null ? null : messages.lookalike(reply.lookalikeId, formatAmount(entry.amount)),
  ];
}

/** A button value holds at most this many characters; a longer pending entry is confirmed by typing. */
const MAX_BUTTON_VALUE = 2000;

/** The pending entry as the confirm button carries it (payloads.ts validates it when it comes back). */
export function pendingValue(reply: ReplyOf<'confirm-progress'>): string {
  const { pending } = reply;
  return JSON.stringify({
    p: reply.plan.id,
    c: pending.activityCode,
    a: pending.amount,
    ...(pending.percentOfTarget === true ? { pc: true } : {}),
    n: pending.note,
    e: pending.evidenceUrl,
    d: pending.effectiveOn ?? null,
  });
}

function confirmProgress(reply: ReplyOf<'confirm-progress'>): KnownBlock[] {
  const value = pendingValue(reply);
  const confirm =
    value.length <= MAX_BUTTON_VALUE
      ? [context(escapeMrkdwn(messages.confirmButton)), actions(confirmProgressButton(value))]
      : [context(escapeMrkdwn(reply.howToConfirm))];
  return [section(`⚠️ ${escapeMrkdwn(reply.message)}`), ...confirm, planContext(reply.plan)];
}

function summaryText(reply: ReplyOf<'plan-status'>): string {
  const { summary } = reply;
  return [
    `${statusEmoji[summary.status]} *${statusLabels[summary.status]}* · avance promedio ${formatPercent(summary.average)}`,
    `Actividades completas: *${summary.completed} de ${summary.activities}* (indicador ${formatPercent(summary.indicator)})`,
    `Atrasadas: *${summary.behind}*`,
    ...(reply.at < reply.plan.from ? [`_${cutoffMessages.notStarted(formatLongDate(reply.plan.from))}_`] : []),
  ].join('\n');
}

function subcomponentLines(reply: ReplyOf<'plan-status'>): string[] {
  return reply.subcomponents.map(
    (s) =>
      `${statusEmoji[s.status]} *${escapeMrkdwn(s.code)}. ${escapeMrkdwn(s.name)}* · ${formatPercent(s.average)} · ${s.completed}/${s.activities} completas${s.behind > 0 ? ` · ${s.behind} atrasada(s)` : ''}`,
  );
}

function activityLines(activities: readonly ActivityView[]): string[] {
  return activities.map((a) => `${activityHeading(a)}\n${progressLine(a)}`);
}

/** The plan summary, by subcomponent and activity; also used by the admins' Home tab. */
export function planStatusBlocks(reply: ReplyOf<'plan-status'>): KnownBlock[] {
  return [
    header(`Estado del plan al ${formatShortDate(reply.at)}`),
    section(summaryText(reply)),
    ...packLines(subcomponentLines(reply)).map((text) => section(text)),
    divider(),
    ...packLines(activityLines(reply.activities)).map((text) => section(text)),
    planContext(reply.plan),
  ];
}

function activityStatus(reply: ReplyOf<'activity-status'>): KnownBlock[] {
  const { activity, history, plan } = reply;
  // Newest first: if Slack's text limit cuts the list, it cuts the oldest entries.
  const shown = history.slice(-HISTORY_LIMIT).reverse();
  const historyText =
    shown.length === 0 ? '_Todavía no hay avances registrados._' : shown.map((entry) => entryLine(entry)).join('\n');
  const more = history.length - shown.length;
  return [
    section(`${activityHeading(activity)}\n${progressLine(activity)}`),
    ...(reply.retiredOn === undefined
      ? []
      : [context(`🗄️ ${messages.retiredActivity(formatLongDate(reply.retiredOn))}`)]),
    section(
      [
        `*Producto:* ${escapeMrkdwn(truncate(activity.product, 500))}`,
        `*Dependencias:* ${escapeMrkdwn(officeNames(activity))}`,
        `*Fechas:* ${escapeMrkdwn(truncate(activity.schedule.text, 300))} · ${dueText(activity.nextDueOn)}`,
      ].join('\n'),
    ),
    ...(more > 0 ? [context(`${more} registro(s) anteriores no se muestran aquí.`)] : []),
    section(`*Historial* (más recientes primero)\n${historyText}`),
    // A retired activity takes no more progress.
    ...(reply.retiredOn === undefined ? [actions(registerProgressButton(refOf(plan, activity)))] : []),
    planContext(plan),
  ];
}

function pending(reply: ReplyOf<'pending'>): KnownBlock[] {
  const title = reply.scope === 'mine' ? '*Sus próximas fechas*' : '*Próximas fechas del plan*';
  const lines = reply.items.map(
    ({ activity, dueOn, overdue }) =>
      `• *${formatShortDate(dueOn)}*${overdue ? ' _(vencida)_' : ''} · ${activityHeading(activity)} · ${progressText(activity)} · ${stateLabels[activity.state]}`,
  );
  return [section(title), ...packLines(lines).map((text) => section(text)), planContext(reply.plan)];
}

function help(reply: ReplyOf<'help'>): KnownBlock[] {
  const line = (c: (typeof reply.commands)[number]) =>
    `• \`${c.usage}\` — ${escapeMrkdwn(c.description)}${c.adminOnly ? ' _(administradores)_' : ''}`;
  return [section('*Comandos de Rinde*'), ...packLines(reply.commands.map(line)).map((text) => section(text))];
}

function offices(reply: ReplyOf<'offices'>): KnownBlock[] {
  const lines = reply.offices.map(
    (o) =>
      `• *${escapeMrkdwn(o.name)}* · ${o.activityCount} actividad(es) · ${o.members.length === 0 ? '_sin miembros_' : o.members.join(', ')}`,
  );
  return [section('*Dependencias del plan*'), ...packLines(lines).map((text) => section(text))];
}

function bodyBlocks(reply: Reply): KnownBlock[] {
  switch (reply.kind) {
    case 'progress-logged':
      return progressLogged(reply);
    case 'confirm-progress':
      return confirmProgress(reply);
    case 'plan-status':
      return planStatusBlocks(reply);
    case 'activity-status':
      return activityStatus(reply);
    case 'pending':
      return pending(reply);
    case 'help':
      return help(reply);
    case 'offices':
      return offices(reply);
    case 'digest':
      return digestMessage(reply.digest, reply.bands).blocks;
    case 'done':
      return [section(`✅ ${reply.message}`)];
    case 'error':
      return [section(`⚠️ ${reply.message}`)];
  }
}

/**
 * A command's reply as a Slack message: Block Kit within the message limits, with `fallbackText` for notifications.
 * The fallback is the plain text the console prints, users' notes included, so Slack must not read it as markup.
 */
export function replyMessage(reply: Reply, fallbackText: string): SlackMessage {
  return {
    text: truncate(escapeMrkdwn(fallbackText), MAX_FALLBACK_TEXT),
    blocks: capBlocks(bodyBlocks(reply), MAX_BLOCKS_PER_MESSAGE, overflowNote),
  };
}

/** The short note posted to the planning channel after someone logs progress (wording: src/wording/notices.ts). */
export function planningNote(reply: ReplyOf<'progress-logged'>): SlackMessage {
  const { activity, entry } = reply;
  const who = authorOf(entry);
  const plain = progressNoteSentence({ who, activity: activity.code, entry }, { bold: (value) => value });
  const marked = progressNoteSentence({ who, activity: activityHeading(activity), entry }, mrkdwnMarkup);
  return {
    text: `${plain}: ${progressText(activity)}`,
    blocks: [section(`${progressNoteIcon(entry)} ${marked}\n${progressLine(activity)}`)],
  };
}
