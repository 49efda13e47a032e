import { canUndo } from '../domain/permissions.js';
import {
  appendReversal,
  type EntryInPlan,
  findProgressEntry,
  lastOriginalEntryBy,
  ReversalRefusedError,
} from '../storage/corrections.js';
import { messages } from '../wording/messages.js';
import { activityViewOfRecord, requireActivity } from './activity.js';
import type { UndoRequest } from './args.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { requirePlan } from './plan.js';
import type { Reply } from './replies.js';
import { callerRights } from './standing.js';
import { entryViewOf } from './views.js';

/** The entry to reverse: the one named, if it is in this plan, or else the caller's last one. */
async function targetEntry(ctx: CommandContext, planId: number, entryId: number | null): Promise<EntryInPlan> {
  if (entryId === null) {
    const last = await lastOriginalEntryBy(ctx.db, planId, ctx.caller.userId);
    if (last === null) throw new UserError('nothing_to_undo', messages.nothingToUndo);
    return last;
  }
  const entry = await findProgressEntry(ctx.db, entryId);
  if (entry?.planId !== planId) throw new UserError('nothing_to_undo', messages.entryNotFound(entryId));
  return entry;
}

/** Authors undo their own entries; admins (the planning office) may correct anyone's. */
async function requireMayUndo(ctx: CommandContext, entry: EntryInPlan): Promise<void> {
  if (canUndo(ctx.caller.userId, (await callerRights(ctx)).admin, entry)) return;
  const author = entry.authorName ?? ctx.mention(entry.authorId);
  throw new UserError('not_allowed', messages.undoNotAllowed(entry.id, author));
}

function refusal(error: ReversalRefusedError): UserError {
  switch (error.reason) {
    case 'not_found':
      return new UserError('nothing_to_undo', messages.entryNotFound(error.entryId));
    case 'is_correction':
      return new UserError('nothing_to_undo', messages.cannotUndoCorrection(error.entryId));
    case 'already_corrected':
      return new UserError('nothing_to_undo', messages.alreadyUndone(error.entryId, error.correctedById ?? 0));
  }
}

/**
 * `/avance deshacer [#N] [motivo]`: appends the entry that cancels N (by default the caller's last
 * entry). History is never edited: both entries stay, and the reply is the activity's new state.
 */
export async function undoProgress(ctx: CommandContext, request: UndoRequest): Promise<Reply> {
  const plan = await requirePlan(ctx);
  const original = await targetEntry(ctx, plan.id, request.entryId);
  await requireMayUndo(ctx, original);
  const activity = await requireActivity(ctx, plan.id, original.activityCode);
  try {
    const { entry, total } = await appendReversal(ctx.db, {
      correctsId: original.id,
      authorId: ctx.caller.userId,
      authorName: ctx.caller.displayName,
      source: ctx.source,
      note: request.reason,
      recordedAt: ctx.now,
    });
    return {
      kind: 'progress-logged',
      plan: { id: plan.id, entity: plan.entity, from: plan.startsOn, to: plan.endsOn },
      activity: activityViewOfRecord(ctx, activity, total),
      entry: entryViewOf(entry),
    };
  } catch (error) {
    if (error instanceof ReversalRefusedError) throw refusal(error);
    throw error;
  }
}
