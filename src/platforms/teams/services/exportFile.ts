import { z } from 'zod';
import { cutoffDatesInYear } from '../../../domain/cutoff.js';
import type { IsoDate } from '../../../domain/types.js';
import { getPublication } from '../../../storage/publication.js';
import { urls } from '../../../web/urls.js';
import type { TeamsDeps } from '../deps.js';

/** What Teams says about the sheet; the rest of the wording is the command layer's (messages.export*). */
export const exportWording = {
  inChannel:
    'La hoja de seguimiento se entrega como archivo en su chat personal con Rinde, donde solo usted la ve: ' +
    'abra el chat con Rinde (Chat → Rinde) y escriba `rinde exportar` allí.',
  offer: (caption: string) => `${caption} Acepte para guardarla en su OneDrive y abrirla desde este chat.`,
  cutoffPage: (url: string) => `El informe de este corte también está en la página pública: ${url}`,
  declined: 'No le envié el archivo. Cuando lo quiera, escriba `rinde exportar` de nuevo.',
};

/** Teams waits about fifteen seconds for an invoke's answer; the upload happens before it. */
const UPLOAD_TIMEOUT_MS = 10_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the consent card carries to the accept invoke: which sheet to build again. */
export const exportContextSchema = z.object({
  planId: z.number().int().positive(),
  format: z.enum(['xlsx', 'csv']),
  at: isoDate,
});
export type ExportContext = z.infer<typeof exportContextSchema>;

/** The `fileConsent/invoke` of an accepted file, as Teams sends it. */
export const acceptedFileSchema = z.object({
  context: exportContextSchema,
  uploadInfo: z.object({
    name: z.string().min(1),
    uploadUrl: z.string().url(),
    contentUrl: z.string().url(),
    uniqueId: z.string().min(1),
    fileType: z.string(),
  }),
});

/**
 * Puts the bytes in the upload session Teams opened in the person's OneDrive: one PUT with the whole
 * range, as Teams' file flow asks for files this size. Throws on anything but a success.
 */
export async function uploadToSession(uploadUrl: string, bytes: Buffer): Promise<void> {
  const response = await fetch(uploadUrl, {
    method: 'PUT',
    headers: {
      'content-length': String(bytes.length),
      'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
    },
    body: bytes,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`la carga del archivo respondió ${response.status}`);
}

/**
 * The public page of the cut-off the sheet is dated at, when there is one to point to: PUBLIC_URL set,
 * the page published, `at` one of the year's cut-off dates (CUTOFF_DATES) and already reached.
 */
export async function publishedCutoffPage(
  deps: TeamsDeps,
  file: { year: number; at: IsoDate },
  today: IsoDate,
): Promise<string | null> {
  const base = deps.config.PUBLIC_URL?.replace(/\/+$/, '');
  if (base === undefined || file.at > today) return null;
  if (!cutoffDatesInYear(deps.config.CUTOFF_DATES, file.year).includes(file.at)) return null;
  if (!(await getPublication(deps.db)).published) return null;
  return `${base}${urls.cutoff(file.year, file.at)}`;
}
