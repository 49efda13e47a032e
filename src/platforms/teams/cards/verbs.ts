/** The `verb` of each Action.Execute button Rinde puts on its cards; listeners/cards routes on them. */
export const VERBS = {
  openProgressForm: 'rinde.abrirFormulario',
  submitProgress: 'rinde.registrarAvance',
  confirmProgress: 'rinde.confirmarAvance',
  /** The estado card of the caller's activities: its "Actualizar", its automatic refresh, and the way back to it. */
  showStatus: 'rinde.verEstado',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
