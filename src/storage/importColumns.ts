import { z } from 'zod';
import type { Column } from '../importer/columns.js';
import { type ColumnOverride, OVERRIDE_FIELDS } from '../importer/mapping.js';
import type { Db } from './database.js';
import { getSetting, setSetting } from './settings.js';

/** Every `--columns` given at a successful import, by the entity's key, so next year's sheet reads the same way. */
const SETTING_KEY = 'import.columns';

const FIELDS = Object.values(OVERRIDE_FIELDS) as [Column, ...Column[]];
const remembered = z.record(z.string(), z.array(z.object({ column: z.enum(FIELDS), ref: z.string() })));

export async function rememberedColumns(db: Db): Promise<Record<string, ColumnOverride[]>> {
  const parsed = remembered.safeParse(await getSetting(db, SETTING_KEY));
  // A value of another shape (never written, or by an older version) counts as nothing remembered.
  return parsed.success ? parsed.data : {};
}

/** Remembers the mapping for the entity, or forgets it when `overrides` is null. */
export async function rememberColumns(db: Db, entityKey: string, overrides: ColumnOverride[] | null): Promise<void> {
  const all = await rememberedColumns(db);
  if (overrides === null) delete all[entityKey];
  else all[entityKey] = overrides;
  await setSetting(db, SETTING_KEY, all);
}
