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
    (members.length > 0 ? ` (${members.join(', ')})` : '') +
    ' y los administradores del plan. ' +
    (members.length > 0
      ? 'Si usted también es responsable, pida a la Oficina de Planeación que lo asigne con `/rinde asignar`.'
      : 'Esas dependencias aún no tienen miembros en Rinde: pida a la Oficina de Planeación que lo asigne con `/rinde asignar`.'),
  adminOnly: 'Esta opción es solo para administradores del plan (Oficina de Planeación).',
  officeNotFound: (text: string, candidates: string[], nearest: string[] = []) =>
    candidates.length > 0
      ? `«${text}» coincide con varias dependencias: ${candidates.join('; ')}. Escriba el nombre completo.`
      : nearest.length > 0
        ? `No encontré la dependencia «${text}». ¿Quiso decir ${joinWords(
            nearest.map((name) => `«${name}»`),
            'o',
          )}? Use \`/rinde oficinas\` para ver todos los nombres.`
        : `No encontré la dependencia «${text}». Use \`/rinde oficinas\` para ver los nombres.`,
  userMissing: (usage: string) => `Indique a quién, por ejemplo: \`${usage}\``,
  memberAssigned: (user: string, office: string) => `Listo: ${user} ahora responde por ${office}.`,
  adminGranted: (user: string) => `Listo: ${user} ahora es administrador del plan.`,
  unknownSubcommand: (text: string) =>
    `No conozco la opción «${text}». Escriba \`/rinde ayuda\` para ver lo que puede hacer.`,
  unknownCommand: (text: string, nearest: string | null = null) =>
    nearest === null
      ? `No conozco el comando «${text}». Escriba /ayuda para ver los comandos.`
      : `No conozco el comando «${text}». ¿Quiso decir /${nearest}? Escriba /ayuda para ver los comandos.`,
  noOffices: 'Aún no hay dependencias: se crean al importar el plan.',
  noOfficesForUser:
    'No tiene dependencias asignadas. Pida a la Oficina de Planeación que lo asigne con `/rinde asignar @usted Dependencia`.',
  nothingPending: 'No tiene fechas pendientes: todas sus actividades están al día o completas. 🎉',
  progressRecorded: 'Avance registrado',
  invalidWorkDate: (text: string) =>
    `La fecha «${text}» no es válida. Escríbala como \`fecha:30/08/2024\` o \`fecha:2024-08-30\`.`,
  workDateInFuture: (date: string) =>
    `La fecha del avance (${date}) todavía no ha llegado. Registre el avance con la fecha en que se hizo el trabajo, hoy o antes.`,
  workDateBeforePlan: (date: string, start: string) =>
    `La fecha del avance (${date}) es anterior al inicio del plan (${start}). Use una fecha desde el ${start}.`,
  undoUsage:
    'Escriba `/avance deshacer` para deshacer su último registro, o `/avance deshacer #12` para un registro concreto (los números aparecen en `/estado ID`).',
  nothingToUndo: 'No tiene registros de avance en este plan que se puedan deshacer.',
  entryNotFound: (id: number) =>
    `No existe el registro #${id} en el plan. Los números de registro aparecen en el historial: \`/estado ID\`.`,
  alreadyUndone: (id: number, correctedBy: number) =>
    `El registro #${id} ya se deshizo con el registro #${correctedBy}; un registro no se deshace dos veces.`,
  cannotUndoCorrection: (id: number) =>
    `El registro #${id} es una corrección y no se deshace. Si el avance sí se hizo, regístrelo de nuevo con \`/avance\`.`,
  undoNotAllowed: (id: number, author: string) =>
    `Solo quien registró el avance #${id} (${author}) o un administrador del plan puede deshacerlo.`,
  progressUndone: (id: number) => `Registro #${id} deshecho`,
  exportUsage:
    'Escriba `/rinde exportar` (Excel) o `/rinde exportar csv`, y si quiere una fecha de corte: `/rinde exportar 31/08/2024`.',
  exportElsewhere:
    'La hoja de seguimiento se descarga en Slack con `/rinde exportar`, o en el servidor con `rinde export ARCHIVO.xlsx`.',
  exportSent: (filename: string) => `📎 Le envié «${filename}» por mensaje directo.`,
  exportFailed: 'No pude enviarle el archivo. Intente de nuevo en un momento.',
  unexpected: 'Algo salió mal al procesar su solicitud y no se guardó nada. Intente de nuevo en un momento.',
} as const;

/** "a, b y c" */
export function joinWords(words: readonly string[], conjunction: 'y' | 'o'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** How long is left to publish a cut-off's report, counted in business days ("días hábiles"). */
export function countdownText(businessDaysLeft: number, deadline: string): string {
  if (businessDaysLeft > 1)
    return `Faltan ${businessDaysLeft} días hábiles para publicar el informe (plazo: ${deadline}).`;
  if (businessDaysLeft === 1) return `Falta 1 día hábil para publicar el informe (plazo: ${deadline}).`;
  if (businessDaysLeft === 0) return `Hoy vence el plazo para publicar el informe (${deadline}).`;
  const ago = -businessDaysLeft;
  return `El plazo para publicar el informe venció el ${deadline} (hace ${ago} ${ago === 1 ? 'día hábil' : 'días hábiles'}).`;
}

export const cutoffMessages = {
  title: (date: string) => `Informe de seguimiento con corte al ${date}`,
  subtitle: (date: string, deadline: string) =>
    `Informe de seguimiento con corte al ${date} · publicar a más tardar el ${deadline}`,
  counted: (periodStart: string, date: string) =>
    `Cuenta el avance con fecha hasta el ${date}, también el registrado después con esa fecha (periodo del corte: desde el ${periodStart}).`,
  noCutoffs: 'No hay fechas de corte configuradas. Defínalas en CUTOFF_DATES, por ejemplo "04-30,08-31,12-31".',
  noEvidence: 'sin evidencias',
  evidence: 'Evidencias',
} as const;

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
  {
    usage: '/avance ID CANTIDAD [nota] fecha:DD/MM/AAAA',
    description: 'Registra avance hecho otro día: cuenta en el corte de esa fecha. Ej.: /avance 1.2 5 fecha:30/08/2024',
  },
  { usage: '/avance', description: 'Abre un formulario para registrar avance (en Slack).' },
  { usage: '/estado [ID]', description: 'Muestra cómo va el plan, o una actividad con su historial.' },
  { usage: '/pendientes', description: 'Sus próximas fechas programadas.' },
  { usage: '/ayuda', description: 'Esta ayuda.' },
  {
    usage: '/avance deshacer [#N]',
    description: 'Deshace su último registro de avance (o el registro N) con un registro que lo corrige.',
  },
  {
    usage: '/rinde exportar [csv] [fecha]',
    description: 'Le envía la hoja de seguimiento del plan, con el avance hasta hoy o hasta la fecha.',
  },
  { usage: '/rinde resumen', description: 'El resumen semanal del plan, en este momento.' },
  { usage: '/rinde oficinas', description: 'Las dependencias del plan y sus miembros.' },
  {
    usage: '/rinde asignar @usuario Dependencia',
    description: 'Asigna a alguien como responsable de una dependencia.',
    adminOnly: true,
  },
  { usage: '/rinde admin @usuario', description: 'Hace a alguien administrador del plan.', adminOnly: true },
];
