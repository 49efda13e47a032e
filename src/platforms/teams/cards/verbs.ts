/** The `verb` of each Action.Execute button Rinde puts on its cards; listeners/cards routes on them. */
export const VERBS = {
  openProgressForm: 'rinde.abrirFormulario',
  submitProgress: 'rinde.registrarAvance',
  confirmProgress: 'rinde.confirmarAvance',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
