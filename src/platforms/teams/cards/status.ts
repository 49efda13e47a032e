import type { CardElementArray, IAdaptiveCard, IContainer } from '@microsoft/teams.cards';
import { formatPercent } from '../../../domain/compliance.js';
import { formatShortDate } from '../../../domain/dates.js';
import type { HomeData } from '../../../usecases/home.js';
import { dueText, progressFraction, renderReplyText, shorten } from '../../../usecases/renderText.js';
import type { ActivityView, PlanRef } from '../../../usecases/replies.js';
import { messages, stateLabels, statusEmoji } from '../../../wording/messages.js';
import { card, execute, heading, lines, text } from './kit.js';
import { VERBS } from './verbs.js';

/**
 * How many of the caller's activities the card lists, each with its button: well inside Teams'
 * ~28 KB per card even with an admin's plan summary; the rest are named by count.
 */
export const STATUS_ACTIVITIES_SHOWN = 20;

export const STATUS_TITLE = 'Sus actividades';

function capitalized(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** "🟡 10/40 (25 %) · Atrasada" */
export function progressStateLine(activity: ActivityView): string {
  return `${statusEmoji[activity.status]} ${progressFraction(activity)} (${formatPercent(activity.ratio)}) · ${stateLabels[activity.state]}`;
}

/** One activity as the Slack Home tab shows it: status, progress, next date, offices, and its own button. */
function activityItem(plan: PlanRef, activity: ActivityView): IContainer {
  const offices = activity.offices.map((office) => office.name).join(', ') || 'Sin dependencia';
  return {
    type: 'Container',
    separator: true,
    items: [
      text(`${activity.code} ${shorten(activity.title, 110)}`, { weight: 'Bolder' }),
      text(progressStateLine(activity), { spacing: 'None' }),
      text(`${capitalized(dueText(activity))} · ${offices}`, { isSubtle: true, size: 'Small', spacing: 'None' }),
      {
        type: 'ActionSet',
        actions: [
          execute('Registrar avance', VERBS.openProgressForm, { planId: plan.id, activityCode: activity.code }),
        ],
      },
    ],
  };
}

function myActivities(plan: PlanRef, mine: readonly ActivityView[]): CardElementArray {
  if (mine.length === 0) return [text(messages.noOfficesForUser)];
  const hidden = mine.length - STATUS_ACTIVITIES_SHOWN;
  return [
    ...mine.slice(0, STATUS_ACTIVITIES_SHOWN).map((activity) => activityItem(plan, activity)),
    ...(hidden > 0
      ? [text(`… y ${hidden} actividad(es) más: escriba estado y el número para ver cada una.`, { isSubtle: true })]
      : []),
  ];
}

/** For admins, as on the Slack Home tab: the plan's figures and its subcomponents (not every activity again). */
function planSummary(status: NonNullable<HomeData['status']>): CardElementArray {
  const [figures = '', subcomponents = ''] = renderReplyText(status).split('\n\n');
  return [
    { type: 'Container', separator: true, spacing: 'Large', items: [heading('Todo el plan')] },
    ...lines([...figures.split('\n').slice(1), '', ...subcomponents.split('\n')]),
  ];
}

/**
 * The "estado" card, Teams' Home tab: the caller's activities with a "Registrar avance" button each,
 * for admins the plan's summary too. Teams refreshes it each time the caller opens the chat (the
 * card's `refresh`, for `teamsUserId`, the caller's Teams ID as the userIds list takes it), and
 * "Actualizar" does it by hand; both come back as VERBS.showStatus.
 */
export function statusCard(home: HomeData, teamsUserId: string): IAdaptiveCard {
  const plan = home.plan;
  const body: CardElementArray =
    plan === null
      ? [heading(STATUS_TITLE), text(messages.noPlan)]
      : [
          heading(STATUS_TITLE),
          text(`${plan.entity} · vigencia ${formatShortDate(plan.from)} – ${formatShortDate(plan.to)}`, {
            isSubtle: true,
            spacing: 'None',
          }),
          ...myActivities(plan, home.mine),
          ...(home.status === null ? [] : planSummary(home.status)),
          text('Detalle e historial de una actividad: estado 1.2 · Próximas fechas: pendientes', {
            isSubtle: true,
            size: 'Small',
            spacing: 'Large',
          }),
        ];
  const refresh = execute('Actualizar', VERBS.showStatus);
  return {
    ...card(
      body,
      [...(plan === null ? [] : [execute('Registrar avance', VERBS.openProgressForm, { planId: plan.id })]), refresh],
      STATUS_TITLE,
    ),
    refresh: { action: refresh, userIds: [teamsUserId] },
  };
}
