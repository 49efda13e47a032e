/**
 * Every sentence the command layer shows a user, in Spanish (es-CO). Platforms add their own
 * formatting around these, never their own wording.
 */
// Four decimals: what an entry stores (domain/amounts.ts), so an amount shows as it was logged.
const numberFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 4 });

export function formatAmount(value: number): string {
  // Never "-0": a total that sums to zero is zero.
  return numberFormat.format(value === 0 ? 0 : value);
}

/** "40" or "100 %": an activity's target as users read it. */
export function formatTarget(activity: { target: number; unit: 'count' | 'percent' }): string {
  return activity.unit === 'percent' ? `${formatAmount(activity.target)} %` : formatAmount(activity.target);
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
  activityRetired: (code: string, retiredOn: string) =>
    `La actividad ${code} se retiró del plan en la importación del ${retiredOn} y ya no recibe avance. Su historial sigue en \`/estado ${code}\`.`,
  retiredActivity: (retiredOn: string) =>
    `Actividad retirada en la importación del ${retiredOn}: la hoja ya no la trae. Su historial se conserva.`,
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
  aliasUsage:
    'Escriba la sigla y la dependencia, por ejemplo: `/rinde oficinas alias OAP Oficina Asesora de Planeación` (para quitarla: `/rinde oficinas alias quitar OAP`).',
  aliasSaved: (alias: string, office: string, replaced: string | null, isNewOffice: boolean) =>
    `Listo: «${alias}» es ahora «${office}» en los planes que importe${replaced === null ? '' : ` (antes era «${replaced}»)`}.` +
    (isNewOffice
      ? ` «${office}» aún no es una dependencia guardada: se creará con ese nombre al importar una hoja que diga «${alias}».`
      : '') +
    ' Vuelva a importar el plan para que las actividades actuales lo tomen.',
  aliasRemoved: (alias: string, office: string) =>
    `Listo: «${alias}» ya no es alias de «${office}». Las próximas importaciones lo mostrarán como una sigla desconocida.`,
  aliasNotFound: (alias: string) =>
    `«${alias}» no es un alias de este plan. Use \`/rinde oficinas alias\` para ver los alias.`,
  noAliases: (entity: string) =>
    `${entity} no tiene alias de dependencias. Agregue uno con \`/rinde oficinas alias OAP Oficina Asesora de Planeación\`.`,
  aliasList: (entity: string, aliases: { alias: string; office: string }[]) =>
    [`Alias de dependencias de ${entity}:`, ...aliases.map(({ alias, office }) => `• ${alias} → ${office}`)].join('\n'),
  unknownSubcommand: (text: string) =>
    `No conozco la opción «${text}». Escriba \`/rinde ayuda\` para ver lo que puede hacer.`,
  unknownCommand: (text: string, nearest: string | null = null) =>
    nearest === null
      ? `No conozco el comando «${text}». Escriba /ayuda para ver los comandos.`
      : `No conozco el comando «${text}». ¿Quiso decir /${nearest}? Escriba /ayuda para ver los comandos.`,
  commandTypedAsText: (command: string) =>
    `Los comandos se escriben en el cuadro de mensaje empezando por «/»: escriba /${command} (Slack lo envía a Rinde). Escriba /ayuda para ver los comandos.`,
  directMessageHint:
    'Soy Rinde: no leo los mensajes, respondo a los comandos, por ejemplo /avance 1.2 10 o /estado. Escriba /ayuda para ver los comandos.',
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
  workDateAfterPlan: (date: string, end: string) =>
    `La fecha del avance (${date}) es posterior al fin de la vigencia del plan (${end}). Solo cuenta el avance hecho dentro de la vigencia: use una fecha hasta el ${end}.`,
  planClosed: (end: string, lastDay: string) =>
    `La vigencia del plan terminó el ${end} y el plazo para registrar avance atrasado venció el ${lastDay}. Si falta un avance, pídale a la Oficina de Planeación que lo registre en la hoja y la vuelva a importar.`,
  amountTooLarge: (amount: string, target: string, ceiling: number, multiple: number) =>
    `La cantidad ${amount} no parece real: ningún registro puede pasar de ${formatAmount(ceiling)} ni de ${multiple} veces la meta (${target}). Revise los ceros y escriba solo lo que se hizo desde el último registro.`,
  overTarget: (code: string, amount: string, total: string, target: string, after: string, complete: boolean) =>
    complete
      ? `La actividad ${code} ya está completa (lleva ${total} de ${target}): con ${amount} más quedaría en ${after}. No registré nada todavía.`
      : `Con ${amount} la actividad ${code} pasaría su meta: lleva ${total} de ${target} y quedaría en ${after}. No registré nada todavía.`,
  confirmInChat:
    'Si la cantidad es correcta, repita el comando con la palabra `confirmar` al final. Si no, escriba solo lo que se hizo desde el último registro (la cantidad se suma a lo que ya lleva).',
  confirmInCli:
    'Si la cantidad es correcta, repita el comando con --confirm. Si no, escriba solo lo que se hizo desde el último registro (la cantidad se suma a lo que ya lleva).',
  confirmButton:
    'Si la cantidad es correcta, pulse «Sí, registrar». Si no, escriba solo lo que se hizo desde el último registro (la cantidad se suma a lo que ya lleva).',
  amountAmbiguous: (text: string) =>
    `No sé cómo leer «${text}». Use punto para los miles y coma para los decimales: 1.000 es mil, 1,5 es uno y medio (o escriba 1000 sin separador).`,
  amountTooManyDecimals: (text: string) =>
    `«${text}» tiene demasiados decimales: Rinde guarda hasta cuatro (por ejemplo 2,5 o 0,1234).`,
  amountSpaced: (amount: string, next: string) =>
    `¿La cantidad es ${amount}.${next}? Escríbala sin espacios (${amount}${next} o ${amount}.${next}). Si ${next} es parte de la nota, empiece la nota con una palabra.`,
  archivedPlan: (entity: string, from: string, to: string) =>
    `Ese botón o formulario es de un plan que ya no está activo, y en él ya no se registra avance. El plan activo es el de ${entity} (vigencia ${from} a ${to}): use \`/avance ID CANTIDAD\` o los botones de sus recordatorios recientes.`,
  progressAdded: (amount: string, total: string, target: string) => `se suman ${amount}: ahora ${total} de ${target}`,
  duplicateRequest: (id: number) => `Esta solicitud ya se había registrado como #${id}: no se guardó de nuevo.`,
  lookalike: (id: number, amount: string) =>
    `¿Ya lo había registrado? Hace menos de un minuto registró también ${amount} (#${id}). Si fue un doble envío, escriba \`/avance deshacer\`.`,
  importWillCreate: (year: number) =>
    `Al importar: se crea un plan nuevo para la vigencia ${year}, que queda como el plan activo.`,
  importWillUpdate: (planId: number, year: number, activities: number, active: boolean) =>
    `Al importar: se actualiza el plan n.º ${planId} (vigencia ${year}${active ? ', el activo' : ''}, hoy con ${activities} ${activities === 1 ? 'actividad' : 'actividades'}), sin perder el avance registrado; las actividades que la hoja ya no trae se retiran y conservan su historial.`,
  sampleLoaded: (entity: string, sheetYear: number, year: number) =>
    `Cargué el plan de ejemplo (${entity}) porque la base de datos estaba vacía.${
      sheetYear === year
        ? ''
        : ` Sus fechas van corridas de ${sheetYear} a ${year} para que /pendientes y los recordatorios tengan sentido hoy.`
    }`,
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
  beforePlan: (start: string) =>
    `El plan empieza el ${start}: todavía no tiene cortes ni informes de seguimiento. El primer corte llega después de esa fecha.`,
  notStarted: (start: string) =>
    `El plan todavía no empieza (empieza el ${start}): aún no se espera avance y nada está vencido.`,
  noCutoffs: 'No hay fechas de corte configuradas. Defínalas en CUTOFF_DATES, por ejemplo "04-30,08-31,12-31".',
  noEvidence: 'sin evidencias',
  evidence: 'Evidencias',
} as const;

export const statusLabels = { red: 'Rojo', yellow: 'Amarillo', green: 'Verde' } as const;
export const statusEmoji = { red: '🔴', yellow: '🟡', green: '🟢' } as const;
export const stateLabels = { completed: 'Completa', behind: 'Atrasada', on_track: 'En plazo' } as const;

export interface CommandHelp {
  usage: string;
  description: string;
  adminOnly?: boolean;
}

export const commandHelp: CommandHelp[] = [
  {
    usage: '/avance ID CANTIDAD [nota] [enlace]',
    description:
      'Registra avance en una actividad: la cantidad se SUMA a lo que ya lleva (si llevaba 15 de 40, con 10 queda en 25). Ej.: /avance 1.2 10 Publicamos 10 piezas',
  },
  {
    usage: 'Cantidades',
    description:
      'Miles con punto y decimales con coma: 1.000 es mil, 2,5 es dos y medio (hasta cuatro decimales). 50% es la mitad de la meta de la actividad. Una cantidad que pasa la meta, o avance en una actividad completa, se confirma (botón, o la palabra confirmar al final). No se aceptan más de 1.000.000.000 ni más de 100 veces la meta.',
  },
  {
    usage: 'Fechas',
    description:
      'El avance cuenta dentro de la vigencia del plan. Terminada la vigencia hay unos días de gracia (LATE_LOGGING_GRACE_DAYS, 10 por omisión) para registrar lo que falte: cuenta en el último día de la vigencia. Después, la Oficina de Planeación lo carga en la hoja y la vuelve a importar.',
  },
  {
    usage: '/avance ID CANTIDAD [nota] fecha:DD/MM/AAAA',
    description: 'Registra avance hecho otro día: cuenta en el corte de esa fecha. Ej.: /avance 1.2 5 fecha:30/08/2024',
  },
  { usage: '/avance', description: 'Abre un formulario para registrar avance (en Slack y en Teams).' },
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
  {
    usage: '/rinde oficinas alias [SIGLA Dependencia | quitar SIGLA]',
    description:
      'Lista los alias de las dependencias, o hace que una sigla de la hoja (OAP) cuente como una dependencia al importar.',
    adminOnly: true,
  },
  {
    usage: '/rinde publicar sí|no',
    description: 'Publica (o apaga) la página pública del plan para la ciudadanía, con sus datos abiertos.',
    adminOnly: true,
  },
  {
    usage: 'Cargar el plan',
    description:
      'En Slack: envíe la hoja del plan (.xlsx, .csv o .tsv) por mensaje directo a Rinde. Le muestra lo que entendió y no guarda nada hasta que pulse «Importar».',
    adminOnly: true,
  },
];

export const publicationMessages = {
  state: (publication: { published: boolean; showNotes: boolean }, publicUrl: string | undefined) =>
    publication.published
      ? `La página pública está publicada${publicUrl === undefined ? ' (en el puerto PORT del bot; defina PUBLIC_URL con su dirección)' : `: ${publicUrl}`}. Las notas de los registros ${publication.showNotes ? 'se muestran' : 'no se muestran'}.`
      : 'La página pública está apagada: quien la visite ve «Página no encontrada». Publíquela con /rinde publicar sí (o rinde publish --enable).',
  staticUnpublished:
    'La página pública está apagada, así que no escribo el sitio. Publíquela primero con rinde publish --enable.',
  written: (files: number, dir: string) => `Escribí ${files} archivos de la página pública en ${dir}.`,
  usage: 'Use /rinde publicar sí (publica la página pública del plan) o /rinde publicar no (la apaga).',
} as const;

/** A plan uploaded in chat: the preview's footer and what «Importar» and «Cancelar» answer. */
export const uploadMessages = {
  notAdmin: (admins: string[]) =>
    admins.length === 0
      ? 'Solo los administradores del plan (Oficina de Planeación) pueden cargar el plan, y todavía no hay ninguno: quien instaló Rinde debe configurarlos en ADMIN_USERS.'
      : `Solo los administradores del plan (Oficina de Planeación) pueden cargar el plan: ${admins.join(', ')}. Envíele el archivo a uno de ellos.`,
  previewFooter:
    'Vista previa: todavía no se guardó nada. Revise lo que Rinde entendió y pulse «Importar» o «Cancelar».',
  gone: 'Esta carga ya no está pendiente: se está importando, ya se importó o se canceló (vea el mensaje de la vista previa). Si quiere volver a importar el plan, envíe el archivo de nuevo.',
  expired: (fileName: string) =>
    `La vista previa de «${fileName}» venció (se guarda 24 horas) y no se importó nada. Envíe el archivo de nuevo para importarlo.`,
  imported: (fileName: string, who: string, saved: string) => `Se importó «${fileName}» (${who}). ${saved}`,
  cancelled: (fileName: string, who: string) => `Carga de «${fileName}» cancelada por ${who}: no se guardó nada.`,
  howToUpload:
    'Para cargar el plan, arrastre el archivo a este chat (o use el clip ＋ y elija el archivo): Excel (.xlsx), CSV (.csv) o texto delimitado por tabulaciones (.tsv o .txt). Rinde le mostrará lo que entendió, y nada se guarda hasta que pulse «Importar». Si la hoja de la entidad tiene columnas recordadas (rinde import --columns), se usan también aquí.',
} as const;
