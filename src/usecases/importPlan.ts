import { basename } from 'node:path';
import {
  formatImportSummary,
  type ImportOptions,
  type ImportResult,
  importPlanBytes,
  importPlanFile,
} from '../importer/index.js';
import { type Database, refreshStatistics } from '../storage/database.js';
import { rememberColumns, rememberedColumns } from '../storage/importColumns.js';
import { listAdminIds } from '../storage/members.js';
import { officeDirectory } from '../storage/officeAliases.js';
import { restorePendingImport, storePendingImport, takePendingImport } from '../storage/pendingImports.js';
import { findPlanForDraft, planKeyOf, type SavePlanResult, savePlanDraft } from '../storage/plans.js';
import { messages, uploadMessages } from '../wording/messages.js';
import type { CommandContext } from './context.js';
import { UserError } from './errors.js';
import { callerRights, requireAdmin } from './standing.js';

/**
 * Importing a plan, the same from the CLI and from a file uploaded in chat: read it into what the
 * preview shows (nothing written), then write exactly that.
 */

/** A plan file on disk (the CLI) or already in memory (an upload). */
export type PlanSource = { path: string } | { fileName: string; bytes: Buffer };

export interface ReadPlanOptions extends Omit<ImportOptions, 'rememberedColumns' | 'knownOffices' | 'quietDays'> {
  /** Ignore the columns remembered for the entity and guess them from the header. */
  forgetColumns?: boolean;
  /** REMINDER_QUIET_DAYS, for the warnings about activities with no fixed date. */
  quietDays: number;
}

/** What the plan would import as, with the entity's remembered columns and the known offices; writes nothing. */
export async function readPlan(
  db: Database['prisma'],
  source: PlanSource,
  options: ReadPlanOptions,
): Promise<ImportResult> {
  const { forgetColumns, ...importOptions } = options;
  const full: ImportOptions = {
    ...importOptions,
    rememberedColumns: forgetColumns === true ? {} : await rememberedColumns(db),
    knownOffices: await officeDirectory(db),
  };
  return 'path' in source ? importPlanFile(source.path, full) : importPlanBytes(source.bytes, source.fileName, full);
}

export interface SavePlanImportOptions {
  sourceFile: string;
  authorId: string;
  now: Date;
  /** `--columns` given for this import: remembered for the entity once the plan is saved. */
  columns?: ImportOptions['columns'];
}

/** Writes a plan `readPlan` read; a given column mapping is remembered only once the plan is in. */
export async function savePlan(
  database: Pick<Database, 'prisma' | 'provider'>,
  result: Extract<ImportResult, { ok: true }>,
  options: SavePlanImportOptions,
): Promise<SavePlanResult> {
  const saved = await savePlanDraft(database.prisma, result.plan, {
    sourceFile: basename(options.sourceFile),
    authorId: options.authorId,
    now: options.now,
  });
  await refreshStatistics(database);
  if (options.columns !== undefined) await rememberColumns(database.prisma, result.summary.entityKey, options.columns);
  return saved;
}

/** What the import wrote: a re-import names only what changed, and says so when nothing did. */
export function savedPlanMessage(saved: SavePlanResult): string {
  if (saved.created) return `Plan nuevo guardado (n.º ${saved.planId}) y marcado como el plan activo.`;
  const { activities, progress } = saved;
  const changes = [
    saved.headerUpdated ? 'datos del plan (vigencia, reto, objetivo o indicador)' : null,
    countOf(activities.created, 'actividad nueva', 'actividades nuevas'),
    countOf(activities.updated, 'actualizada', 'actualizadas'),
    countOf(activities.retired, 'retirada', 'retiradas'),
    countOf(progress.imported, 'avance tomado de la hoja', 'avances tomados de la hoja'),
  ].filter((change) => change !== null);
  return changes.length === 0
    ? `Plan sin cambios (n.º ${saved.planId}): la hoja coincide con lo guardado.`
    : `Plan actualizado (n.º ${saved.planId}): ${changes.join(', ')}. El avance registrado se conserva.`;
}

/** What «Importar» (or the import without --preview) will do with the stored plans, said before it is done. */
export async function importTargetLine(
  db: Database['prisma'],
  result: Extract<ImportResult, { ok: true }>,
): Promise<string> {
  const { year } = planKeyOf(result.plan);
  const stored = await findPlanForDraft(db, result.plan);
  return stored === null
    ? messages.importWillCreate(year)
    : messages.importWillUpdate(stored.id, year, stored.activities, stored.isActive);
}

function countOf(count: number, singular: string, plural: string): string | null {
  return count === 0 ? null : `${count} ${count === 1 ? singular : plural}`;
}

// ---- A plan uploaded in chat: preview, then "Importar" or "Cancelar" ----

/** How long an uploaded plan waits for its "Importar": a working day and then some. */
export const UPLOAD_EXPIRY_MS = 24 * 60 * 60 * 1000;

export type UploadReply =
  /** Read and kept, nothing written: the preview with the choice to import it. */
  | { kind: 'upload-preview'; pendingId: string; fileName: string; summary: string }
  /** The upload was imported (or cancelled): the message replaces the preview. */
  | { kind: 'upload-finished'; message: string }
  /** The click came after another one already finished it: the preview's message stays as it is. */
  | { kind: 'upload-gone'; message: string }
  | { kind: 'error'; message: string };

/** What "Importar" and "Cancelar" answer: never a preview. */
export type UploadChoiceReply = Exclude<UploadReply, { kind: 'upload-preview' }>;

/** An upload is for admins only: null when the caller may upload, else whom to ask. */
export async function uploadRefusal(ctx: CommandContext): Promise<Extract<UploadReply, { kind: 'error' }> | null> {
  if ((await callerRights(ctx)).admin) return null;
  const admins = (await listAdminIds(ctx.db)).map(ctx.mention);
  return { kind: 'error', message: uploadMessages.notAdmin(admins) };
}

/** Reads an uploaded plan and keeps it for its "Importar"; writes nothing of the plan. */
export async function previewUpload(
  ctx: CommandContext,
  file: { fileName: string; bytes: Buffer },
  options: { quietDays: number; expiresInMs?: number },
): Promise<UploadReply> {
  const refusal = await uploadRefusal(ctx);
  if (refusal !== null) return refusal;
  const result = await readPlan(ctx.db, file, { quietDays: options.quietDays });
  if (!result.ok) return { kind: 'error', message: formatImportSummary(result) };
  const expiresAt = new Date(ctx.now.getTime() + (options.expiresInMs ?? UPLOAD_EXPIRY_MS));
  const pendingId = await storePendingImport(
    ctx.db,
    { userId: ctx.caller.userId, fileName: file.fileName, result, expiresAt },
    ctx.now,
  );
  const summary = `${formatImportSummary(result)}\n\n${await importTargetLine(ctx.db, result)}`;
  return { kind: 'upload-preview', pendingId, fileName: file.fileName, summary };
}

/** "Importar": writes exactly the previewed plan, once, whoever of the admins clicks. */
export async function confirmUpload(
  ctx: CommandContext,
  pendingId: string,
  provider: Database['provider'],
): Promise<UploadChoiceReply> {
  return asUploadReply(async () => {
    await requireAdmin(ctx);
    const pending = await takePendingImport(ctx.db, pendingId);
    if (pending === null) return { kind: 'upload-gone', message: uploadMessages.gone };
    if (pending.expiresAt <= ctx.now)
      return { kind: 'upload-finished', message: uploadMessages.expired(pending.fileName) };
    let saved: SavePlanResult;
    try {
      saved = await savePlan({ prisma: ctx.db, provider }, pending.result, {
        sourceFile: pending.fileName,
        authorId: ctx.caller.userId,
        now: ctx.now,
      });
    } catch (error) {
      await restorePendingImport(ctx.db, pending);
      throw error;
    }
    const message = uploadMessages.imported(pending.fileName, ctx.mention(ctx.caller.userId), savedPlanMessage(saved));
    return { kind: 'upload-finished', message };
  });
}

/** "Cancelar": drops the previewed plan; nothing of it was ever written. */
export async function cancelUpload(ctx: CommandContext, pendingId: string): Promise<UploadChoiceReply> {
  return asUploadReply(async () => {
    await requireAdmin(ctx);
    const pending = await takePendingImport(ctx.db, pendingId);
    if (pending === null) return { kind: 'upload-gone', message: uploadMessages.gone };
    return {
      kind: 'upload-finished',
      message: uploadMessages.cancelled(pending.fileName, ctx.mention(ctx.caller.userId)),
    };
  });
}

async function asUploadReply(work: () => Promise<UploadChoiceReply>): Promise<UploadChoiceReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) return { kind: 'error', message: error.message };
    throw error;
  }
}
