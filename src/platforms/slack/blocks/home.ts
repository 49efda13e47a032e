import { formatShortDate } from '../../../domain/dates.js';
import type { ActivityView, PlanRef, Reply } from '../../../usecases/replies.js';
import { messages } from '../../../wording/messages.js';
import { ACTION_IDS } from '../ids.js';
import { actions, context, divider, header, overflowNote, registerProgressButton, section } from './elements.js';
import { activityHeading, dueText, escapeMrkdwn, officeNames, progressLine } from './format.js';
import type { Button, HomeView, KnownBlock } from './kit.js';
import { capBlocks, MAX_BLOCKS_PER_VIEW } from './limits.js';
import { planStatusBlocks } from './replies.js';

/** What the Home tab shows; the same shape the command layer's `homeData` returns. */
export interface HomeInput {
  plan: PlanRef | null;
  isAdmin: boolean;
  mine: ActivityView[];
  status: Extract<Reply, { kind: 'plan-status' }> | null;
}

/** The caller's own activities come first and may use at most this many blocks; the admin summary gets the rest. */
export const MAX_HOME_ACTIVITIES = 40;

function activityBlock(plan: PlanRef, activity: ActivityView): KnownBlock {
  return section(
    `${activityHeading(activity)}\n${progressLine(activity)}\n${dueText(activity.nextDueOn)} · ${escapeMrkdwn(officeNames(activity))}`,
    registerProgressButton({ planId: plan.id, code: activity.code }),
  );
}

function myActivities(plan: PlanRef, mine: readonly ActivityView[]): KnownBlock[] {
  if (mine.length === 0) return [section('*Sus actividades*'), section(messages.noOfficesForUser)];
  const blocks = mine.map((activity) => activityBlock(plan, activity));
  return [section('*Sus actividades*'), ...capBlocks(blocks, MAX_HOME_ACTIVITIES, overflowNote)];
}

function planBlocks(input: HomeInput & { plan: PlanRef }): KnownBlock[] {
  const plan = input.plan;
  const summary = input.isAdmin && input.status !== null ? [divider(), ...planStatusBlocks(input.status)] : [];
  return [
    context(`${escapeMrkdwn(plan.entity)} · vigencia ${formatShortDate(plan.from)} – ${formatShortDate(plan.to)}`),
    ...myActivities(plan, input.mine),
    ...summary,
  ];
}

/** "Cargar plan", for admins: it answers in the direct message, where a file dropped is previewed. */
const uploadPlanButton: Button = {
  type: 'button',
  action_id: ACTION_IDS.uploadHelp,
  text: { type: 'plain_text', text: 'Cargar plan', emoji: true },
};

/** The Home tab: the caller's activities with a "Registrar avance" button each; admins also see the plan summary. */
export function homeView(input: HomeInput): HomeView {
  const body = input.plan === null ? [section(messages.noPlan)] : planBlocks({ ...input, plan: input.plan });
  const blocks = [
    header('Rinde · Rendición de cuentas'),
    ...(input.isAdmin ? [actions(uploadPlanButton)] : []),
    ...body,
    divider(),
    context('Escriba `/avance` para registrar avance o `/ayuda` para ver todos los comandos.'),
  ];
  return { type: 'home', blocks: capBlocks(blocks, MAX_BLOCKS_PER_VIEW, overflowNote) };
}
