import { answersFor, isAdmin, NO_STANDING, type Standing } from '../domain/permissions.js';
import { getMember } from '../storage/members.js';
import { messages } from '../wording/messages.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';

/** The caller's rights in this request: the domain's admin rule applied to what is stored about them. */
export interface CallerRights {
  admin: boolean;
  officeIds: readonly number[];
}

export async function callerRights(ctx: CommandContext): Promise<CallerRights> {
  const member = await getMember(ctx.db, ctx.caller.userId);
  const standing: Standing =
    member === null ? NO_STANDING : { isAdmin: member.isAdmin, officeIds: member.offices.map(({ id }) => id) };
  return { admin: isAdmin(standing, ctx.actsAsAdmin === true), officeIds: standing.officeIds };
}

/** Set-up commands are for admins only. */
export async function requireAdmin(ctx: CommandContext): Promise<void> {
  if (!(await callerRights(ctx)).admin) throw new UserError('not_allowed', messages.adminOnly);
}

/** The activities one of the caller's offices answers for. */
export function theirs<A extends { offices: readonly { id: number }[] }>(rights: CallerRights, activities: A[]): A[] {
  return activities.filter((activity) => answersFor(rights, activity));
}
