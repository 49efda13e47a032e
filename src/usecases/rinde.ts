import { loadDigest } from '../digest/load.js';
import { officeKey } from '../domain/offices.js';
import { assignMemberToOffice, findOfficeByName, listOffices, setAdmin } from '../storage/members.js';
import { listOfficeAliases, removeOfficeAlias, setOfficeAlias } from '../storage/officeAliases.js';
import { updatePublication } from '../storage/publication.js';
import { commandHelp, messages, publicationMessages } from '../wording/messages.js';
import { splitWords } from './args.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { requirePlan } from './plan.js';
import type { Reply } from './replies.js';
import { requireAdmin } from './standing.js';

// Slack sends a mention as <@U123> or <@U123|name>; the console takes a bare ID, with or without @.
const MENTION = /^<@(\w+)(?:\|[^>]*)?>$|^@?([\w.-]+)$/i;

export function parseUserReference(text: string | undefined): string | null {
  if (text === undefined) return null;
  const match = MENTION.exec(text);
  return match?.[1] ?? match?.[2] ?? null;
}

export async function assignOffice(
  ctx: CommandContext,
  userText: string | undefined,
  officeText: string,
): Promise<Reply> {
  await requireAdmin(ctx);
  const userId = parseUserReference(userText);
  if (userId === null || officeText.trim() === '') {
    throw new UserError('invalid_arguments', messages.userMissing('/rinde asignar @usuario Oficina de prensa'));
  }
  const office = await findOfficeByName(ctx.db, officeText);
  if (office.office === null)
    throw new UserError('office_not_found', messages.officeNotFound(officeText, office.candidates, office.nearest));
  await assignMemberToOffice(ctx.db, userId, office.office.key, {});
  return { kind: 'done', message: messages.memberAssigned(ctx.mention(userId), office.office.name) };
}

export async function grantAdmin(ctx: CommandContext, userText: string | undefined): Promise<Reply> {
  await requireAdmin(ctx);
  const userId = parseUserReference(userText);
  if (userId === null) throw new UserError('invalid_arguments', messages.userMissing('/rinde admin @usuario'));
  await setAdmin(ctx.db, userId, true);
  return { kind: 'done', message: messages.adminGranted(ctx.mention(userId)) };
}

export async function officesReply(ctx: CommandContext): Promise<Reply> {
  const plan = await requirePlan(ctx);
  const offices = await listOffices(ctx.db, plan.id);
  if (offices.length === 0) return { kind: 'done', message: messages.noOffices };
  return {
    kind: 'offices',
    offices: offices.map((o) => ({
      name: o.name,
      members: o.members.map(ctx.mention),
      activityCount: o.activityCount,
    })),
  };
}

/** Quotes people type around a name, in a chat or a shell: "…", «…», “…”. */
function unquoted(text: string): string {
  return text
    .trim()
    .replace(/^["«“']+|["»”']+$/g, '')
    .trim();
}

/**
 * Makes `alias` stand for an office when a sheet of the plan's entity is imported. An office Rinde
 * already stores keeps its stored spelling; any other is taken as written, to be created on import.
 */
export async function addOfficeAlias(ctx: CommandContext, aliasText: string, officeText: string): Promise<Reply> {
  await requireAdmin(ctx);
  const alias = unquoted(aliasText);
  const office = unquoted(officeText);
  if (alias === '' || office === '') throw new UserError('invalid_arguments', messages.aliasUsage);
  const plan = await requirePlan(ctx);
  const match = await findOfficeByName(ctx.db, office);
  const stored = match.office !== null && match.office.key === officeKey(office) ? match.office.name : null;
  const replaced = await setOfficeAlias(ctx.db, plan.entity, { alias, office: stored ?? office });
  return {
    kind: 'done',
    message: messages.aliasSaved(alias, stored ?? office, replaced?.office ?? null, stored === null),
  };
}

export async function dropOfficeAlias(ctx: CommandContext, aliasText: string): Promise<Reply> {
  await requireAdmin(ctx);
  const alias = unquoted(aliasText);
  if (alias === '') throw new UserError('invalid_arguments', messages.aliasUsage);
  const plan = await requirePlan(ctx);
  const removed = await removeOfficeAlias(ctx.db, plan.entity, alias);
  if (removed === null) throw new UserError('invalid_arguments', messages.aliasNotFound(alias));
  return { kind: 'done', message: messages.aliasRemoved(removed.alias, removed.office) };
}

export async function officeAliasesReply(ctx: CommandContext): Promise<Reply> {
  const plan = await requirePlan(ctx);
  const aliases = await listOfficeAliases(ctx.db, plan.entity);
  return {
    kind: 'done',
    message: aliases.length === 0 ? messages.noAliases(plan.entity) : messages.aliasList(plan.entity, aliases),
  };
}

/** `/rinde oficinas alias` lists; `alias SIGLA Dependencia` adds; `alias quitar SIGLA` removes. */
function officeAliasCommand(ctx: CommandContext, words: readonly string[]): Promise<Reply> {
  const [first, ...rest] = words;
  if (first === undefined) return officeAliasesReply(ctx);
  if (['quitar', 'borrar', 'eliminar'].includes(first.toLowerCase()) && rest.length === 1) {
    return dropOfficeAlias(ctx, rest[0] ?? '');
  }
  return addOfficeAlias(ctx, first, rest.join(' '));
}

/** The weekly digest on demand, as of now. */
export async function digestSummary(ctx: CommandContext): Promise<Reply> {
  const plan = await requirePlan(ctx);
  const digest = await loadDigest(ctx.db, plan.id, ctx.now, { timeZone: ctx.timeZone, bands: ctx.bands });
  return { kind: 'digest', digest, bands: ctx.bands };
}

const YES = new Set(['sí', 'si', 'yes']);
const NO = new Set(['no']);

/** `/rinde publicar sí|no`: turns the public page (src/web) on or off; admins only. */
export async function setPublished(
  ctx: CommandContext,
  answer: string | undefined,
  publicUrl?: string,
): Promise<Reply> {
  await requireAdmin(ctx);
  const word = answer?.toLowerCase();
  if (word === undefined || (!YES.has(word) && !NO.has(word))) {
    throw new UserError('invalid_arguments', publicationMessages.usage);
  }
  const publication = await updatePublication(ctx.db, { published: YES.has(word) });
  return { kind: 'done', message: publicationMessages.state(publication, publicUrl) };
}

export function helpReply(): Reply {
  return { kind: 'help', commands: commandHelp };
}

/** `/rinde ayuda | asignar @usuario Oficina | admin @usuario | oficinas [alias …] | exportar | publicar sí|no` */
export async function rindeCommand(ctx: CommandContext, text: string): Promise<Reply> {
  const [sub = 'ayuda', user, ...rest] = splitWords(text);
  switch (sub.toLowerCase()) {
    case 'ayuda':
    case 'help':
      return helpReply();
    case 'asignar':
      return assignOffice(ctx, user, rest.join(' '));
    case 'admin':
      return grantAdmin(ctx, user);
    case 'oficinas':
    case 'dependencias':
      return user?.toLowerCase() === 'alias' ? officeAliasCommand(ctx, rest) : officesReply(ctx);
    case 'publicar':
      return setPublished(ctx, user, ctx.publicUrl);
    case 'resumen':
      return digestSummary(ctx);
    case 'exportar':
      // Only a platform that can hand over a file exports (Slack's listener answers before this).
      return { kind: 'done', message: messages.exportElsewhere };
    default:
      throw new UserError('invalid_arguments', messages.unknownSubcommand(sub));
  }
}
