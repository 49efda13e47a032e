import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { HomeData } from '../../../usecases/home.js';
import { activityLine } from '../../../usecases/renderText.js';
import { card, execute, heading, lines, text } from './kit.js';
import { VERBS } from './verbs.js';

/** How many of the member's activities the welcome lists; `estado` shows the whole plan. */
const MINE_SHOWN = 10;

/**
 * The card Rinde greets a member with when the app is installed for them: what it is, their
 * activities (or who to ask to be assigned), the commands, a button to log progress and one to
 * the estado card.
 */
export function welcomeCard(name: string | null, home: HomeData): IAdaptiveCard {
  const greeting = name === null ? '¡Hola! Soy Rinde.' : `¡Hola, ${name}! Soy Rinde.`;
  const intro =
    'Llevo el plan de rendición de cuentas de la entidad: registre aquí el avance de sus actividades y le recordaré cada fecha programada.';
  const plan =
    home.plan === null
      ? ['Todavía no hay un plan cargado: la Oficina de Planeación lo importa con `rinde import`.']
      : [];
  const mine =
    home.plan === null
      ? []
      : home.mine.length === 0
        ? [
            'Aún no tiene actividades a cargo: pida a un administrador que lo asigne a su dependencia (`rinde asignar`).',
          ]
        : [
            `Sus actividades (${home.mine.length}):`,
            ...home.mine.slice(0, MINE_SHOWN).map((activity) => `• ${activityLine(activity)}`),
          ];
  return card(
    [
      heading(greeting),
      text(intro),
      ...lines([...plan, ...mine]),
      text('Escríbame, por ejemplo:', { weight: 'Bolder' }),
      ...lines([
        '• avance 1.2 10 Publicamos 10 piezas https://…',
        '• avance (abre el formulario)',
        '• estado (sus actividades, con un botón para cada una)',
        '• estado 1.2, pendientes, ayuda',
      ]),
      text('En un canal, mencióneme: @Rinde estado', { isSubtle: true }),
    ],
    [
      ...(home.plan === null ? [] : [execute('Registrar avance', VERBS.openProgressForm, { planId: home.plan.id })]),
      execute('Ver mis actividades', VERBS.showStatus),
    ],
    greeting,
  );
}
