import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/processes.js';

/**
 * The layout's rules, read from the import statements themselves: the jobs and the domain speak to chat
 * platforms only through src/platforms/port.ts, the domain knows no database, and Slack's Block Kit,
 * the notices' wording and the jobs do not import each other in circles.
 */

const SRC = join(REPO_ROOT, 'src');
const SPECIFIER = /(?:^|\s)(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function specifiersOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2] ?? '');
}

function sourceFiles(folder: string): string[] {
  return (
    readdirSync(folder, { withFileTypes: true, recursive: true })
      // Prisma's generated client has circles of its own, and is not ours to lay out.
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('generated'))
      .map((entry) => join(entry.parentPath, entry.name))
  );
}

/** A relative import as the repository path it points at ('src/platforms/slack/blocks/kit.ts'); a package as its name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(REPO_ROOT, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts');
}

const graph = new Map(
  sourceFiles(SRC).map((file) => [
    relative(REPO_ROOT, file),
    specifiersOf(readFileSync(file, 'utf8')).map((specifier) => target(file, specifier)),
  ]),
);

function importsOf(folder: string): { from: string; to: string }[] {
  return [...graph]
    .filter(([file]) => file.startsWith(folder))
    .flatMap(([from, targets]) => targets.map((to) => ({ from, to })));
}

function cyclesWithin(folders: readonly string[]): string[][] {
  const inside = (file: string) => folders.some((folder) => file.startsWith(folder));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) if (inside(next) && graph.has(next)) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (inside(file)) visit(file, []);
  return cycles;
}

describe('import rules', () => {
  it('reads every form of import the code uses', () => {
    const source = [
      "import type { A } from '../slack/a.js';",
      "import {\n  b,\n  c,\n} from '@slack/web-api';",
      "export { d } from './d.js';",
      "const e = await import('./e.js');",
      "import './side-effect.js';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['../slack/a.js', '@slack/web-api', './d.js', './e.js', './side-effect.js']);
  });

  const CHAT_PLATFORMS = ['src/platforms/slack/', 'src/platforms/teams/', 'src/platforms/console/'];
  const isPlatformCode = (to: string) =>
    [...CHAT_PLATFORMS, 'src/platforms/cli/'].some((folder) => to.startsWith(folder)) ||
    to.startsWith('@slack/') ||
    to.startsWith('@microsoft/');

  it.each([
    'src/domain/',
    'src/usecases/',
    'src/wording/',
    'src/jobs/',
    'src/storage/',
    'src/importer/',
    'src/export/',
    'src/web/',
    'src/platforms/port.ts',
  ])('%s imports no chat platform, their SDKs or the CLI', (folder) => {
    expect(importsOf(folder).filter(({ to }) => isPlatformCode(to))).toEqual([]);
  });

  it('the domain imports no database, use case, job or clock-bound module', () => {
    const outside = importsOf('src/domain/').filter(
      ({ to }) =>
        to.includes('prisma') ||
        ['src/storage/', 'src/usecases/', 'src/jobs/', 'src/platforms/', 'src/config.ts'].some((folder) =>
          to.startsWith(folder),
        ),
    );
    expect(outside).toEqual([]);
  });

  it.each(CHAT_PLATFORMS)('%s imports no other chat platform', (folder) => {
    const others = importsOf(folder).filter(({ to }) =>
      CHAT_PLATFORMS.some((other) => other !== folder && to.startsWith(other)),
    );
    expect(others).toEqual([]);
  });

  it('no module imports itself back through others', () => {
    expect(cyclesWithin(['src/'])).toEqual([]);
  });
});
