import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { PublicSite } from './site.js';

/** Where a site path is written: pages ending in `/` become that folder's index.html. */
export function filePathOf(dir: string, path: string): string {
  const root = resolve(dir);
  const relative = decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path).replace(/^\/+/, '');
  const target = resolve(root, relative);
  // An activity code is plan data: it must not lead the export outside its folder.
  if (target !== root && !target.startsWith(root + sep)) throw new Error(`Ruta fuera de la carpeta: ${path}`);
  return target;
}

/**
 * `rinde publish DIR`: the same responses the running bot serves, written as files, so an entity
 * can put them on its own website. Returns how many files were written.
 */
export async function writeStaticSite(site: PublicSite, dir: string): Promise<number> {
  const paths = await site.paths();
  for (const path of paths) {
    const response = await site.respond(path);
    if (response.status !== 200) continue;
    const file = filePathOf(dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, response.body);
  }
  // A web server shows this for any address the site does not have.
  await writeFile(join(resolve(dir), '404.html'), (await site.respond('/no-existe')).body);
  return paths.length + 1;
}
