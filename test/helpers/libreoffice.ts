import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

// LibreOffice opens the exported files as a control office would. Under CI it must be there (.ci/run
// installs it); on a developer's machine without it those tests are skipped with a note.

const run = promisify(execFile);

function installed(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((folder) => folder !== '' && existsSync(join(folder, command)));
}

export const hasLibreOffice = installed('soffice') && installed('pdftotext');

/** Vitest's skip flag for LibreOffice tests: never skipped under CI, where a missing install is a failure. */
export const skipWithoutLibreOffice = !hasLibreOffice && process.env.CI !== 'true';
if (skipWithoutLibreOffice) {
  process.stderr.write(
    'Nota: LibreOffice o poppler-utils no están instalados; se omiten las pruebas que abren los archivos exportados (apt-get install libreoffice-calc poppler-utils).\n',
  );
}

/**
 * Converts `file` with LibreOffice headless (`--convert-to pdf`, `xlsx`, …) and returns the new file's
 * path. Each call has its own profile folder, so parallel test files do not fight over one.
 */
export async function convertWithLibreOffice(file: string, to: string, infilter?: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rinde-soffice-'));
  const profile = mkdtempSync(join(tmpdir(), 'rinde-soffice-profile-'));
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      ...(infilter === undefined ? [] : [`--infilter=${infilter}`]),
      '--convert-to',
      to,
      '--outdir',
      outDir,
      file,
    ],
    { timeout: 120_000 },
  );
  const extension = to.split(':')[0] ?? to;
  return join(outDir, `${basename(file, extname(file))}.${extension}`);
}

export async function pdfInfo(pdf: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

/** One page's text as pdftotext lays it out (-layout keeps columns apart). */
export async function pdfPageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
  return stdout;
}
