/**
 * The identifiers Slack echoes back in interactive payloads. Builders put them in blocks and
 * listeners match on them, so both sides import them from here.
 */
export const ACTION_IDS = {
  /** "Registrar avance" buttons (Home tab, replies, reminders). */
  openProgressModal: 'progress_open',
  /** "Ver actividad" buttons. */
  viewActivity: 'activity_view',
  /** The activity select inside the progress modal. */
  selectActivity: 'progress_activity',
  /** "Sí, registrar" under an amount that passes the target. */
  confirmProgress: 'progress_confirm',
  /** "Importar" under an uploaded plan's preview. */
  importUpload: 'upload_import',
  /** "Cancelar" under an uploaded plan's preview. */
  cancelUpload: 'upload_cancel',
  /** "Cargar plan" on an admin's Home tab. */
  uploadHelp: 'upload_help',
} as const;

export const VIEW_IDS = {
  progressModal: 'progress_modal',
} as const;

/** Block IDs of the progress modal: named like the form fields so field errors map one to one. */
export const PROGRESS_BLOCKS = {
  activityCode: 'activityCode',
  amount: 'amount',
  note: 'note',
  evidenceUrl: 'evidenceUrl',
  current: 'current',
} as const;

export type ProgressField = 'activityCode' | 'amount' | 'note' | 'evidenceUrl';

/** Which activity a button is about; the plan is included so a button in an old message keeps its meaning. */
export interface ActivityRef {
  planId: number;
  code: string;
}

export function encodeActivityRef(ref: ActivityRef): string {
  return JSON.stringify({ p: ref.planId, c: ref.code });
}
