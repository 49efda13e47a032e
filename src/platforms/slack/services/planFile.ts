import { extname } from 'node:path';
import { PLAN_FILE_EXTENSIONS, unsupportedFileMessage } from '../../../importer/index.js';
import type { SharedFile } from '../payloads.js';

/** A plan sheet is tens of kilobytes; 5 MB leaves room for heavy formatting and keeps a bad upload cheap. */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

/** Where Slack serves private files; the bot token is sent nowhere else. */
const SLACK_FILES_ORIGIN = 'https://files.slack.com';

export const planFileMessages = {
  tooLarge: (name: string, bytes: number | null) =>
    `«${name}» pesa ${bytes === null ? `más de ${megabytes(MAX_PLAN_FILE_BYTES)}` : megabytes(bytes)} MB; Rinde recibe planes de hasta ${megabytes(MAX_PLAN_FILE_BYTES)} MB. Quite de la hoja las imágenes o las hojas que no son del plan y envíelo de nuevo.`,
  oneAtATime: 'Envíe un solo archivo a la vez: el plan, en Excel (.xlsx), CSV (.csv) o texto con tabulaciones (.tsv).',
  notDownloadable: (name: string) =>
    `No se pudo descargar «${name}» desde Slack. Envíelo de nuevo; si vuelve a fallar, pida a quien instaló Rinde que revise que la app tenga el permiso files:read.`,
} as const;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('es-CO', { maximumFractionDigits: 1 });
}

/** Why a shared file cannot be a plan (its kind, its size), before anything is downloaded; null when it may be. */
export function planFileRefusal(file: SharedFile): string | null {
  const extension = extname(file.name).toLowerCase();
  if (!(PLAN_FILE_EXTENSIONS as readonly string[]).includes(extension)) return unsupportedFileMessage(extension);
  if (file.size > MAX_PLAN_FILE_BYTES) return planFileMessages.tooLarge(file.name, file.size);
  return null;
}

export type Downloaded = { ok: true; bytes: Buffer } | { ok: false; message: string };

/**
 * Downloads a shared file with the bot token. The token goes only to Slack's file host or to the
 * configured API's own host (a stand-in in tests), never to a URL a payload merely names; the body
 * is read no further than the size limit, whatever the event said the size was.
 */
export async function downloadPlanFile(
  file: SharedFile,
  token: string,
  apiUrl: string | undefined,
): Promise<Downloaded> {
  const failed: Downloaded = { ok: false, message: planFileMessages.notDownloadable(file.name) };
  const url = file.url_private_download;
  if (url === undefined || !trustedOrigins(apiUrl).has(new URL(url).origin)) return failed;
  // fetch drops the Authorization header if a redirect leaves the origin.
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  // Without a valid token Slack answers with its sign-in page (HTML), not the file.
  if (response === null || !response.ok || response.headers.get('content-type')?.startsWith('text/html')) return failed;
  const bytes = await readAtMost(response, MAX_PLAN_FILE_BYTES);
  if (bytes === null) return { ok: false, message: planFileMessages.tooLarge(file.name, null) };
  return { ok: true, bytes };
}

function trustedOrigins(apiUrl: string | undefined): Set<string> {
  return new Set([SLACK_FILES_ORIGIN, ...(apiUrl === undefined ? [] : [new URL(apiUrl).origin])]);
}

async function readAtMost(response: Response, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  if (response.body === null) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > max) {
      await response.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
