import type { Db } from './database.js';

// Values are stored as JSON text so one column holds any setting; callers validate the shape.

/** The parsed value, or undefined when the setting was never written. */
export async function getSetting(db: Db, key: string): Promise<unknown> {
  const setting = await db.setting.findUnique({ where: { key }, select: { value: true } });
  return setting ? JSON.parse(setting.value) : undefined;
}

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`El ajuste ${key} no se puede guardar como JSON.`);
  await db.$transaction([db.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } })]);
}
