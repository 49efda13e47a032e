import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ImportResult } from '../importer/index.js';
import type { Db } from './database.js';

/**
 * A plan uploaded in chat and previewed, waiting for its "Importar". It is kept as a Setting row
 * (`import.pending.<id>`): it survives a restart, needs no table of its own on either engine, and
 * there are only ever a few, each removed when it is imported, cancelled or expires.
 *
 * What is kept is the parsed result, not the file: the click imports exactly what the preview showed,
 * even if an office alias changed in between.
 */
export interface PendingImport {
  id: string;
  /** Who uploaded it. */
  userId: string;
  fileName: string;
  result: Extract<ImportResult, { ok: true }>;
  expiresAt: Date;
}

const PREFIX = 'import.pending.';

const storedSchema = z.object({
  userId: z.string(),
  fileName: z.string(),
  expiresAt: z.iso.datetime(),
  // Written by storePendingImport from the importer's own plain-data result: its shape is the importer's.
  result: z.custom<Extract<ImportResult, { ok: true }>>(
    (value) => typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === true,
  ),
});

/** Keeps a previewed plan until `expiresAt`, and drops the ones already expired; returns its ID. */
export async function storePendingImport(db: Db, pending: Omit<PendingImport, 'id'>, now: Date): Promise<string> {
  const id = randomUUID();
  const value = JSON.stringify({ ...pending, expiresAt: pending.expiresAt.toISOString() });
  const expired = await expiredKeys(db, now);
  await db.$transaction([
    db.setting.deleteMany({ where: { key: { in: expired } } }),
    db.setting.create({ data: { key: PREFIX + id, value } }),
  ]);
  return id;
}

/**
 * Takes the pending import out, so that of two clicks (or two instances) exactly one gets it; null
 * when it was already taken, cancelled or never existed. An expired one is taken too, and returned:
 * the caller says it expired.
 */
export function takePendingImport(db: Db, id: string): Promise<PendingImport | null> {
  return db.$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key: PREFIX + id } });
    if (row === null) return null;
    const { count } = await tx.setting.deleteMany({ where: { key: PREFIX + id } });
    if (count === 0) return null;
    const stored = storedSchema.safeParse(JSON.parse(row.value));
    if (!stored.success) return null;
    return { id, ...stored.data, expiresAt: new Date(stored.data.expiresAt) };
  });
}

/** Puts back an import taken for a save that failed, so the office can click "Importar" again. */
export async function restorePendingImport(db: Db, pending: PendingImport): Promise<void> {
  const { id, ...rest } = pending;
  const value = JSON.stringify({ ...rest, expiresAt: rest.expiresAt.toISOString() });
  await db.$transaction([db.setting.create({ data: { key: PREFIX + id, value } })]);
}

async function expiredKeys(db: Db, now: Date): Promise<string[]> {
  const rows = await db.setting.findMany({ where: { key: { startsWith: PREFIX } } });
  return rows
    .filter((row) => {
      const stored = storedSchema.safeParse(JSON.parse(row.value));
      return !stored.success || new Date(stored.data.expiresAt) <= now;
    })
    .map((row) => row.key);
}
