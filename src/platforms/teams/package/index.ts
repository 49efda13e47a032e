import { renderIcons } from './icons.js';
import { type ManifestOptions, teamsManifest } from './manifest.js';
import { zip } from './zip.js';

/** The Teams app package: manifest.json and its two icons, zipped, ready for Teams' admin center. */
export async function teamsAppPackage(options: ManifestOptions): Promise<Buffer> {
  const icons = await renderIcons();
  return zip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(teamsManifest(options), null, 2)}\n`) },
    { name: 'color.png', data: icons.color },
    { name: 'outline.png', data: icons.outline },
  ]);
}
