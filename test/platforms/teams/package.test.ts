import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { configSchema } from '../../../src/config.js';
import { parseCommandArgs } from '../../../src/platforms/cli/cliCommand.js';
import { teamsPackageCommand } from '../../../src/platforms/cli/commands/teamsPackage.js';

const APP_ID = '5c0ffee0-0000-4000-8000-00000000b07a';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rinde-teams-package-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<string> {
  let out = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  await teamsPackageCommand.run(parseCommandArgs(teamsPackageCommand, argv), {
    stdout,
    stderr: stdout,
    config: configSchema.parse({}),
    database: () => Promise.reject(new Error('the package needs no database')),
    now: () => new Date(),
  });
  return out;
}

/** Reads a ZIP through its central directory, as Teams' admin center does. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(archive.subarray(dataStart, dataStart + size)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** Width, height and whether the PNG has an alpha channel, from its IHDR chunk. */
function pngInfo(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), rgba: png[25] === 6 };
}

test('writes manifest.json with the bot and its command menu, and icons of the sizes Teams requires', async () => {
  const file = join(dir, 'rinde.zip');
  const out = await run([
    file,
    '--app-id',
    APP_ID,
    '--entity',
    'Alcaldía de Tauramena',
    '--website',
    'https://tauramena.gov.co',
  ]);
  expect(out).toContain(`Escribí ${file}`);
  const files = unzip(await readFile(file));
  expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');
  expect(manifest).toMatchObject({
    manifestVersion: '1.17',
    version: '1.0.0',
    id: APP_ID,
    developer: {
      name: 'Alcaldía de Tauramena',
      websiteUrl: 'https://tauramena.gov.co',
      privacyUrl: 'https://tauramena.gov.co',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    // `rinde exportar` hands the sheet over through Teams' file consent, which needs supportsFiles.
    bots: [{ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true }],
  });
  for (const list of manifest.bots[0].commandLists as { commands: { title: string; description: string }[] }[]) {
    expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const command of list.commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  }
  const titles = (index: number) =>
    manifest.bots[0].commandLists[index].commands.map((c: { title: string }) => c.title) as string[];
  expect(titles(0)).toEqual(expect.arrayContaining(['avance', 'rinde exportar']));
  // A file goes only to a personal chat: the channel's menu does not offer it.
  expect(titles(1)).not.toContain('rinde exportar');
  expect(manifest.description.short.length).toBeLessThanOrEqual(80);
  expect(pngInfo(files.get('color.png') ?? Buffer.alloc(0))).toEqual({ width: 192, height: 192, rgba: true });
  expect(pngInfo(files.get('outline.png') ?? Buffer.alloc(0))).toEqual({ width: 32, height: 32, rgba: true });
});

test('refuses an app ID that is not a GUID and a website that is not https, in Spanish', async () => {
  await expect(
    run([join(dir, 'a.zip'), '--app-id', 'rinde', '--entity', 'X', '--website', 'https://x.gov.co']),
  ).rejects.toThrow(/no es un ID de aplicación/);
  await expect(
    run([join(dir, 'a.zip'), '--app-id', APP_ID, '--entity', 'X', '--website', 'http://x.gov.co']),
  ).rejects.toThrow(/Teams exige una dirección https/);
  await expect(run([join(dir, 'a.zip'), '--entity', 'X', '--website', 'https://x.gov.co'])).rejects.toThrow(
    /Falta --app-id/,
  );
});
