import { z } from 'zod';
import { aliasKey, type OfficeAlias } from '../domain/offices.js';
import { foldText } from '../domain/text.js';
import type { Db, Tx } from './database.js';

// Aliases live in the Setting table, one row per entity ("office-aliases:<entity key>"), so adding
// them needed no schema change (decision 011). The entity key is the plan's: foldText(entity).
const PREFIX = 'office-aliases:';

const aliasesSchema = z.array(z.object({ alias: z.string(), office: z.string() }));

function settingKey(entity: string): string {
  return `${PREFIX}${foldText(entity)}`;
}

function parseAliases(value: string): OfficeAlias[] {
  return aliasesSchema.parse(JSON.parse(value));
}

async function readAliases(db: Db | Tx, entity: string): Promise<OfficeAlias[]> {
  const setting = await db.setting.findUnique({ where: { key: settingKey(entity) }, select: { value: true } });
  return setting === null ? [] : parseAliases(setting.value);
}

async function writeAliases(tx: Tx, entity: string, aliases: readonly OfficeAlias[]): Promise<void> {
  const key = settingKey(entity);
  const value = JSON.stringify(aliases);
  await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

const byAlias = (a: OfficeAlias, b: OfficeAlias) => a.alias.localeCompare(b.alias, 'es');

/** The entity's aliases, by alias. */
export async function listOfficeAliases(db: Db, entity: string): Promise<OfficeAlias[]> {
  return (await readAliases(db, entity)).sort(byAlias);
}

/** Every entity's aliases by entity key: the importer learns the entity from the sheet. */
async function aliasesByEntity(db: Db): Promise<Record<string, OfficeAlias[]>> {
  const settings = await db.setting.findMany({
    where: { key: { startsWith: PREFIX } },
    select: { key: true, value: true },
  });
  return Object.fromEntries(settings.map(({ key, value }) => [key.slice(PREFIX.length), parseAliases(value)]));
}

/** Adds or replaces the alias; returns the alias it replaced, if any. */
export function setOfficeAlias(db: Db, entity: string, alias: OfficeAlias): Promise<OfficeAlias | null> {
  return db.$transaction(async (tx) => {
    const aliases = await readAliases(tx, entity);
    const key = aliasKey(alias.alias);
    const replaced = aliases.find((known) => aliasKey(known.alias) === key) ?? null;
    await writeAliases(tx, entity, [...aliases.filter((known) => known !== replaced), alias].sort(byAlias));
    return replaced;
  });
}

/** Removes the alias; returns it, or null when the entity had no such alias. */
export function removeOfficeAlias(db: Db, entity: string, alias: string): Promise<OfficeAlias | null> {
  return db.$transaction(async (tx) => {
    const aliases = await readAliases(tx, entity);
    const key = aliasKey(alias);
    const removed = aliases.find((known) => aliasKey(known.alias) === key) ?? null;
    if (removed !== null)
      await writeAliases(
        tx,
        entity,
        aliases.filter((known) => known !== removed),
      );
    return removed;
  });
}

/** What the importer knows before it reads a sheet: the stored offices' names and every entity's aliases. */
export async function officeDirectory(
  db: Db,
): Promise<{ offices: string[]; aliasesByEntity: Record<string, OfficeAlias[]> }> {
  const [offices, aliases] = await Promise.all([
    db.office.findMany({ select: { name: true }, orderBy: { id: 'asc' } }),
    aliasesByEntity(db),
  ]);
  return { offices: offices.map(({ name }) => name), aliasesByEntity: aliases };
}
