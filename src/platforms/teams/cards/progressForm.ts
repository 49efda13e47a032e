import type { CardElementArray, IAdaptiveCard, IChoice } from '@microsoft/teams.cards';
import { activityLine, shorten } from '../../../usecases/renderText.js';
import type { ActivityView, PlanRef } from '../../../usecases/replies.js';
import { card, execute, heading, text } from './kit.js';
import { VERBS } from './verbs.js';

export type ProgressFormField = 'activityCode' | 'amount' | 'note' | 'evidenceUrl' | 'effectiveOn';

export interface ProgressFormValues {
  activityCode?: string | null;
  amount?: string | null;
  note?: string | null;
  evidenceUrl?: string | null;
  effectiveOn?: string | null;
}

export interface ProgressFormOptions {
  plan: PlanRef;
  choices: { mine: ActivityView[]; others: ActivityView[] };
  /** This form's own identity, carried back by "Guardar": a second click on the same form stores nothing new. */
  formId: string;
  values?: ProgressFormValues;
  errors?: Partial<Record<ProgressFormField, string>>;
}

/** Teams shows at most a few hundred choices comfortably; a plan rarely has more than a hundred activities. */
const MAX_CHOICES = 400;

function choicesOf({ mine, others }: ProgressFormOptions['choices']): IChoice[] {
  const mark = (activity: ActivityView, own: boolean) => ({
    title: `${own ? '★ ' : ''}${shorten(activityLine(activity), 110)}`,
    value: activity.code,
  });
  return [...mine.map((a) => mark(a, true)), ...others.map((a) => mark(a, false))].slice(0, MAX_CHOICES);
}

function fieldError(message: string | undefined): CardElementArray {
  return message === undefined ? [] : [text(`⚠️ ${message}`, { color: 'Attention', spacing: 'None', size: 'Small' })];
}

/**
 * The progress form: the caller's own activities first (★), amount, note, evidence link and the day
 * the work was done. "Guardar" is an Action.Execute: Teams sends the inputs to the bot, which answers
 * with the card that replaces this one (the confirmation, or the form again with each error on its field).
 */
export function progressFormCard(options: ProgressFormOptions): IAdaptiveCard {
  const values = options.values ?? {};
  const errors = options.errors ?? {};
  const value = (field: ProgressFormField) => (values[field] ? { value: values[field] } : {});
  const hasMine = options.choices.mine.length > 0;
  return card(
    [
      heading('Registrar avance'),
      text(`${options.plan.entity}${hasMine ? ' · ★ las actividades de su dependencia' : ''}`, {
        isSubtle: true,
        spacing: 'None',
      }),
      ...(errors.activityCode === undefined && Object.keys(errors).length > 0
        ? [text('Revise los campos marcados: no se guardó nada.', { color: 'Attention' })]
        : []),
      {
        type: 'Input.ChoiceSet',
        id: 'activityCode',
        label: 'Actividad',
        style: 'filtered',
        isRequired: true,
        errorMessage: 'Elija la actividad.',
        placeholder: 'Busque por número o nombre',
        choices: choicesOf(options.choices),
        ...value('activityCode'),
      },
      ...fieldError(errors.activityCode),
      {
        type: 'Input.Text',
        id: 'amount',
        label: 'Cantidad que se suma (1.000 es mil, 2,5 dos y medio, 50% la mitad de la meta)',
        isRequired: true,
        errorMessage: 'Escriba la cantidad.',
        ...value('amount'),
      },
      ...fieldError(errors.amount),
      {
        type: 'Input.Text',
        id: 'note',
        label: 'Nota (qué se hizo)',
        isMultiline: true,
        maxLength: 3000,
        ...value('note'),
      },
      ...fieldError(errors.note),
      {
        type: 'Input.Text',
        id: 'evidenceUrl',
        label: 'Enlace a la evidencia',
        style: 'Url',
        placeholder: 'https://…',
        ...value('evidenceUrl'),
      },
      ...fieldError(errors.evidenceUrl),
      {
        type: 'Input.Date',
        id: 'effectiveOn',
        label: 'Día en que se hizo (vacío: hoy)',
        min: options.plan.from,
        max: options.plan.to,
        ...value('effectiveOn'),
      },
      ...fieldError(errors.effectiveOn),
    ],
    [execute('Guardar', VERBS.submitProgress, { planId: options.plan.id, formId: options.formId }, 'positive')],
    'Registrar avance',
  );
}
