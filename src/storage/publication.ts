import { z } from 'zod';
import type { Db } from './database.js';
import { getSetting, setSetting } from './settings.js';

/**
 * Whether the public page (src/web) is served, and whether it shows the notes logged with progress:
 * both off until an admin turns them on, as internal notes may not be meant for citizens.
 */
export interface Publication {
  published: boolean;
  showNotes: boolean;
}

export const PUBLICATION_KEY = 'publication';

const publicationSchema = z.object({ published: z.boolean(), showNotes: z.boolean() });

export const UNPUBLISHED: Publication = { published: false, showNotes: false };

export async function getPublication(db: Db): Promise<Publication> {
  const parsed = publicationSchema.safeParse(await getSetting(db, PUBLICATION_KEY));
  return parsed.success ? parsed.data : UNPUBLISHED;
}

/** Changes the fields given, keeps the others; the result as stored. */
export async function updatePublication(db: Db, change: Partial<Publication>): Promise<Publication> {
  const next = { ...(await getPublication(db)), ...change };
  await setSetting(db, PUBLICATION_KEY, next);
  return next;
}
