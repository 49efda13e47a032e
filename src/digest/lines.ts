import type { ChartFrame } from '../charts/complianceChart.js';
import { formatPercent, statusOf } from '../domain/compliance.js';
import { addDays, formatLongDate, formatShortDate, weekday } from '../domain/dates.js';
import type { Digest, DigestEntry, DueItem } from '../domain/digest.js';
import { DIGEST_DUE_WINDOW_DAYS, DIGEST_RECENT_DAYS } from '../domain/digest.js';
import type { IsoDate, StatusBands } from '../domain/types.js';
import { amountText } from '../wording/amounts.js';
import { formatAmount, statusEmoji } from '../wording/messages.js';

/**
 * The digest's wording, shared by Slack (mrkdwn) and the CLI (plain text): `bold` and `link` are the
 * only things that differ. Each list is capped so the whole reads in a minute.
 */
export const MAX_DIGEST_ITEMS = 8;
const TITLE_LENGTH = 60;

export interface Markup {
  bold(text: string): string;
  link(url: string, label: string): string;
  escape(text: string): string;
}

export interface DigestSection {
  title: string;
  lines: string[];
}

function shortTitle(title: string): string {
  return title.length <= TITLE_LENGTH ? title : `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

/** Where the rest of a capped list can be read: the plan's status, or for offices the list of offices. */
const SEE_ALL = { activities: 'use /estado para verlas', offices: 'use /rinde oficinas para verlas' } as const;

function capped(lines: string[], seeAll: keyof typeof SEE_ALL = 'activities'): string[] {
  if (lines.length <= MAX_DIGEST_ITEMS) return lines;
  return [...lines.slice(0, MAX_DIGEST_ITEMS), `… y ${lines.length - MAX_DIGEST_ITEMS} más (${SEE_ALL[seeAll]}).`];
}

/** "semana del 30 de diciembre de 2024": the Monday the digest's week starts on, as people name weeks. */
export function weekLabel(date: IsoDate): string {
  return `semana del ${formatLongDate(addDays(date, -((weekday(date) + 6) % 7)))}`;
}

/** The digest chart's frame: whose plan, cut on which day, in which week, and the bands it draws. */
export function digestChartFrame(digest: Digest, bands: StatusBands): ChartFrame {
  return {
    title: `Cumplimiento por subcomponente · ${weekLabel(digest.today)}`,
    subtitle: `${digest.plan.entity} · corte al ${formatLongDate(digest.today)}`,
    bands,
  };
}

export function digestTitle(digest: Digest): string {
  return `Resumen semanal · ${digest.plan.entity}`;
}

export function digestSubtitle(digest: Digest): string {
  return `Vigencia ${formatLongDate(digest.plan.startsOn)} al ${formatLongDate(digest.plan.endsOn)} · corte al ${formatLongDate(digest.today)}`;
}

export function headlineLines(digest: Digest, bands: StatusBands, m: Markup): string[] {
  const { summary } = digest;
  return [
    `${statusEmoji[statusOf(summary.indicator, bands)]} ${m.bold('Indicador del plan')} (actividades desarrolladas / programadas): ${summary.completed}/${summary.activities} = ${formatPercent(summary.indicator)}`,
    `${statusEmoji[summary.status]} ${m.bold('Cumplimiento promedio')}: ${formatPercent(summary.average)}${summary.behind > 0 ? ` · ${summary.behind} actividad(es) atrasada(s)` : ''}`,
  ];
}

function dueLine(item: DueItem, m: Markup, late: boolean): string {
  const when = late ? `${formatShortDate(item.dueOn)} (hace ${item.daysLate} días)` : formatShortDate(item.dueOn);
  return `• ${when} · ${m.bold(item.code)} ${m.escape(shortTitle(item.title))} · faltan ${amountText(item.missing, item.unit)}`;
}

function entryLine(entry: DigestEntry, m: Markup): string {
  const amount = `${entry.amount < 0 ? '' : '+'}${formatAmount(entry.amount)}${entry.unit === 'percent' ? ' %' : ''}`;
  const note = entry.note === null ? '' : ` — ${m.escape(shortTitle(entry.note))}`;
  const evidence = entry.evidenceUrl === null ? ' · sin evidencia' : ` · ${m.link(entry.evidenceUrl, 'evidencia')}`;
  return `• ${m.bold(entry.activityCode)} ${amount} por ${m.escape(entry.author)} (${formatShortDate(entry.effectiveOn)})${note}${evidence}`;
}

export function digestSections(digest: Digest, m: Markup): DigestSection[] {
  return [
    {
      title: 'Por subcomponente',
      lines: digest.subcomponents.map(
        (s) =>
          `${statusEmoji[s.status]} ${s.code}. ${m.escape(s.name)}: ${formatPercent(s.average)} · ${s.completed}/${s.activities} completas`,
      ),
    },
    {
      title: `Vence en los próximos ${DIGEST_DUE_WINDOW_DAYS} días (${digest.dueSoon.length})`,
      lines:
        digest.dueSoon.length === 0
          ? ['Nada pendiente vence en estos días.']
          : capped(digest.dueSoon.map((item) => dueLine(item, m, false))),
    },
    {
      title: `Vencidas sin el avance esperado (${digest.overdue.length})`,
      lines:
        digest.overdue.length === 0 ? ['Ninguna. 🎉'] : capped(digest.overdue.map((item) => dueLine(item, m, true))),
    },
    {
      title: `Avances registrados en los últimos ${DIGEST_RECENT_DAYS} días (${digest.recent.length})`,
      lines:
        digest.recent.length === 0 ? ['No se registraron avances.'] : capped(digest.recent.map((e) => entryLine(e, m))),
    },
    ...(digest.unstaffed.length === 0
      ? []
      : [
          {
            title: 'Dependencias sin miembros (nadie recibe sus recordatorios)',
            lines: capped(
              digest.unstaffed.map((u) => `• ${m.escape(u.office)}: ${u.activityCodes.join(', ')}`),
              'offices',
            ),
          },
        ]),
  ];
}
