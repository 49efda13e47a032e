import { ACTION_IDS, type ActivityRef, encodeActivityRef } from '../ids.js';
import type { ActionsBlock, Button, KnownBlock, SectionBlock } from './kit.js';
import { MAX_HEADER_TEXT, MAX_SECTION_TEXT, truncate } from './limits.js';

/** Small constructors shared by the builders; each one enforces its own text limit. */
export function section(text: string, accessory?: Button): SectionBlock {
  const block: SectionBlock = { type: 'section', text: { type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT) } };
  return accessory === undefined ? block : { ...block, accessory };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, MAX_HEADER_TEXT), emoji: true } };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, MAX_SECTION_TEXT) }] };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export function registerProgressButton(ref: ActivityRef, primary = true): Button {
  return {
    type: 'button',
    action_id: ACTION_IDS.openProgressModal,
    text: { type: 'plain_text', text: 'Registrar avance', emoji: true },
    value: encodeActivityRef(ref),
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

export function viewActivityButton(ref: ActivityRef): Button {
  return {
    type: 'button',
    action_id: ACTION_IDS.viewActivity,
    text: { type: 'plain_text', text: 'Ver actividad', emoji: true },
    value: encodeActivityRef(ref),
  };
}

/** "Sí, registrar": logs the pending entry it carries (validated again when it comes back). */
export function confirmProgressButton(value: string): Button {
  return {
    type: 'button',
    action_id: ACTION_IDS.confirmProgress,
    text: { type: 'plain_text', text: 'Sí, registrar', emoji: true },
    style: 'primary',
    value,
  };
}

export function actions(...elements: Button[]): ActionsBlock {
  return { type: 'actions', elements };
}

export function overflowNote(hidden: number): KnownBlock {
  return context(`… y ${hidden} elemento(s) más. Use \`/estado ID\` para ver el detalle de una actividad.`);
}
