/**
 * Every sentence the command layer shows a user, in Spanish (es-CO). Platforms add their own
 * formatting around these, never their own wording.
 */
const numberFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

export function formatAmount(value: number): string {
  return numberFormat.format(value);
}

export const messages = {
  avanceUsage:
    'Escriba el ID de la actividad y la cantidad, por ejemplo: `/avance 1.2 10 Publicamos 10 piezas https://enlace-a-la-evidencia`',
  amountMissing: (code: string) => `Falta la cantidad. Escriba, por ejemplo: \`/avance ${code} 10 nota opcional\``,
  invalidActivityId: (text: string) =>
    `«${text}» no es un ID de actividad. Use el número que tiene en el plan, por ejemplo 1.2 (o 1,2).`,
  amountNotANumber: (text: string) =>
    `La cantidad «${text}» no es un número. Escríbala en cifras, por ejemplo \`/avance 1.2 10\` (con decimales: 2,5).`,
  amountRequired: 'Escriba la cantidad en cifras, por ejemplo 10 (con decimales: 2,5).',
  activityRequired: 'Elija la actividad (por ejemplo 1.2).',
  amountNotPositive:
    'La cantidad debe ser mayor que cero. Si se equivocó en un registro, use `/avance deshacer` para corregirlo.',
  invalidEvidenceUrl: 'El enlace de la evidencia debe empezar por https:// o http://.',
  noteTooLong: 'La nota es demasiado larga: resúmala en menos de 3.000 caracteres.',
  noPlan: 'Todavía no hay un plan cargado. La Oficina de Planeación puede importarlo con `rinde import ARCHIVO.xlsx`.',
  planNotFound: (ref: string) => `No encontré el plan «${ref}». Use el año de la vigencia, por ejemplo 2024.`,
  activityNotFound: (code: string, suggestions: string[]) =>
    suggestions.length === 0
      ? `No existe la actividad ${code} en el plan. Use \`/estado\` para ver las actividades.`
      : `No existe la actividad ${code} en el plan. ¿Quiso decir ${joinWords(suggestions, 'o')}?`,
  notAllowed: (code: string, offices: string[], members: string[]) =>
    `Solo pueden registrar avance en la actividad ${code} los miembros de ${joinWords(offices, 'y') || 'sus dependencias'}` +
    (members.length > 0 ? ` (${members.join(', ')})` : ', que aún no tiene(n) miembros asignados,') +
    ' y los administradores del plan. Si usted es responsable, pida a la Oficina de Planeación que lo asigne con `/rinde asignar`.',
  adminOnly: 'Esta opción es solo para administradores del plan (Oficina de Planeación).',
  officeNotFound: (text: string, candidates: string[]) =>
    candidates.length === 0
      ? `No encontré la dependencia «${text}». Use \`/rinde oficinas\` para ver los nombres.`
      : `«${text}» coincide con varias dependencias: ${candidates.join('; ')}. Escriba el nombre completo.`,
  userMissing: (usage: string) => `Indique a quién, por ejemplo: \`${usage}\``,
  memberAssigned: (user: string, office: string) => `Listo: ${user} ahora responde por ${office}.`,
  adminGranted: (user: string) => `Listo: ${user} ahora es administrador del plan.`,
  unknownSubcommand: (text: string) =>
    `No conozco la opción «${text}». Escriba \`/rinde ayuda\` para ver lo que puede hacer.`,
  unknownCommand: (text: string) => `No conozco el comando «${text}». Escriba /ayuda para ver los comandos.`,
  noOffices: 'Aún no hay dependencias: se crean al importar el plan.',
  noOfficesForUser:
    'No tiene dependencias asignadas. Pida a la Oficina de Planeación que lo asigne con `/rinde asignar @usted Dependencia`.',
  nothingPending: 'No tiene fechas pendientes: todas sus actividades están al día o completas. 🎉',
  progressRecorded: 'Avance registrado',
  unexpected: 'Algo salió mal al procesar su solicitud y no se guardó nada. Intente de nuevo en un momento.',
} as const;

/** "a, b y c" */
export function joinWords(words: readonly string[], conjunction: 'y' | 'o'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

export const statusLabels = { red: 'Rojo', yellow: 'Amarillo', green: 'Verde' } as const;
export const statusEmoji = { red: '🔴', yellow: '🟡', green: '🟢' } as const;
export const stateLabels = { completed: 'Completa', behind: 'Atrasada', on_track: 'Al día' } as const;

export interface CommandHelp {
  usage: string;
  description: string;
  adminOnly?: boolean;
}

export const commandHelp: CommandHelp[] = [
  {
    usage: '/avance ID CANTIDAD [nota] [enlace]',
    description: 'Registra avance en una actividad. Ej.: /avance 1.2 10 Publicamos 10 piezas',
  },
  { usage: '/avance', description: 'Abre un formulario para registrar avance (en Slack).' },
  { usage: '/estado [ID]', description: 'Muestra cómo va el plan, o una actividad con su historial.' },
  { usage: '/pendientes', description: 'Sus próximas fechas programadas.' },
  { usage: '/ayuda', description: 'Esta ayuda.' },
  { usage: '/rinde oficinas', description: 'Las dependencias del plan y sus miembros.' },
  {
    usage: '/rinde asignar @usuario Dependencia',
    description: 'Asigna a alguien como responsable de una dependencia.',
    adminOnly: true,
  },
  { usage: '/rinde admin @usuario', description: 'Hace a alguien administrador del plan.', adminOnly: true },
];
