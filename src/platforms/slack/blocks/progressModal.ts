import type { ActivityView } from '../../../usecases/replies.js';
import { ACTION_IDS, PROGRESS_BLOCKS, VIEW_IDS } from '../ids.js';
import { context } from './elements.js';
import { dueText, progressLine } from './format.js';
import type { KnownBlock, ModalView, PlainTextOption } from './kit.js';
import { MAX_OPTION_TEXT, MAX_OPTIONS_PER_SELECT, MAX_PRIVATE_METADATA, truncate } from './limits.js';

/** Carried through the modal so the confirmation goes back where the user started. */
export interface ProgressModalMetadata {
  planId: number | null;
  /** The slash command's response_url, when the modal came from `/avance`. */
  responseUrl: string | null;
}

export interface ProgressModalInput {
  choices: { mine: ActivityView[]; others: ActivityView[] };
  metadata: ProgressModalMetadata;
  /** Preselected activity (from a "Registrar avance" button or a choice in the select). */
  selectedCode?: string | null;
}

/** The note's own limit matches the command layer's validation (3.000 caracteres). */
export const NOTE_MAX_LENGTH = 3000;

function option(activity: ActivityView): PlainTextOption {
  return {
    text: { type: 'plain_text', text: truncate(`${activity.code} ${activity.title}`, MAX_OPTION_TEXT) },
    value: activity.code,
  };
}

/** Slack allows 100 options in a select: the caller's activities are kept first. */
function limitedChoices(choices: ProgressModalInput['choices']): ProgressModalInput['choices'] {
  const mine = choices.mine.slice(0, MAX_OPTIONS_PER_SELECT);
  const others = choices.others.slice(0, MAX_OPTIONS_PER_SELECT - mine.length);
  return { mine, others };
}

type SelectOptions =
  | { options: PlainTextOption[] }
  | { option_groups: { label: { type: 'plain_text'; text: string }; options: PlainTextOption[] }[] };

function selectOptions(choices: ProgressModalInput['choices']): SelectOptions {
  const { mine, others } = limitedChoices(choices);
  if (mine.length === 0 || others.length === 0) return { options: [...mine, ...others].map(option) };
  return {
    option_groups: [
      { label: { type: 'plain_text', text: 'Sus actividades' }, options: mine.map(option) },
      { label: { type: 'plain_text', text: 'Otras actividades' }, options: others.map(option) },
    ],
  };
}

function activityInput(input: ProgressModalInput, selected: ActivityView | undefined): KnownBlock {
  return {
    type: 'input',
    block_id: PROGRESS_BLOCKS.activityCode,
    // Choosing an activity updates the modal with its current progress.
    dispatch_action: true,
    label: { type: 'plain_text', text: 'Actividad' },
    element: {
      type: 'static_select',
      action_id: ACTION_IDS.selectActivity,
      placeholder: { type: 'plain_text', text: 'Elija la actividad' },
      ...selectOptions(input.choices),
      ...(selected === undefined ? {} : { initial_option: option(selected) }),
    },
  };
}

function textInput(blockId: string, label: string, hint: string, optional: boolean, multiline = false): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: hint },
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline,
      ...(multiline ? { max_length: NOTE_MAX_LENGTH } : {}),
    },
  };
}

function evidenceInput(): KnownBlock {
  return {
    type: 'input',
    block_id: PROGRESS_BLOCKS.evidenceUrl,
    optional: true,
    label: { type: 'plain_text', text: 'Enlace a la evidencia' },
    hint: { type: 'plain_text', text: 'Un enlace https:// al documento, la publicación o la foto (opcional).' },
    element: { type: 'url_text_input', action_id: 'value' },
  };
}

export function encodeMetadata(metadata: ProgressModalMetadata): string {
  const json = JSON.stringify(metadata);
  // A response_url is short; if Slack ever sends a huge one, drop it rather than break the modal.
  return json.length <= MAX_PRIVATE_METADATA ? json : JSON.stringify({ ...metadata, responseUrl: null });
}

/** The progress modal: activity (the caller's first), amount, note and evidence link. */
export function progressModal(input: ProgressModalInput): ModalView {
  const all = [...input.choices.mine, ...input.choices.others];
  const selected = all.find((activity) => activity.code === input.selectedCode);
  const current =
    selected === undefined
      ? []
      : [
          {
            ...context(`${progressLine(selected)} · ${dueText(selected.nextDueOn)}`),
            block_id: PROGRESS_BLOCKS.current,
          },
        ];
  return {
    type: 'modal',
    callback_id: VIEW_IDS.progressModal,
    private_metadata: encodeMetadata(input.metadata),
    title: { type: 'plain_text', text: 'Registrar avance' },
    submit: { type: 'plain_text', text: 'Guardar' },
    close: { type: 'plain_text', text: 'Cancelar' },
    blocks: [
      activityInput(input, selected),
      ...current,
      textInput(
        PROGRESS_BLOCKS.amount,
        'Cantidad',
        'Cuánto avanzó desde el último registro, en la unidad de la meta. Con decimales: 2,5',
        false,
      ),
      textInput(PROGRESS_BLOCKS.note, 'Nota', 'Qué se hizo (opcional).', true, true),
      evidenceInput(),
    ],
  };
}
