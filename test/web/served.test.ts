import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPublication } from '../../src/storage/publication.js';
import { withTestDatabase } from '../helpers/database.js';
import { REPO_ROOT, temporaryFolder } from '../helpers/processes.js';
import { ADMIN, eventually, RESPONSABLE, type SlackHarness, startSlackHarness } from '../helpers/slackApp.js';
import { slashCommand } from '../helpers/slackPayloads.js';

// The public pages are served by the running bot on PORT: by the Slack receiver next to
// /slack/events and /healthz, and by the console's own server.

const database = withTestDatabase('sqlite');

describe('the public pages on the Slack receiver', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(database);
  });
  afterEach(async () => {
    await h.stop();
  });

  const page = (path: string) => fetch(h.requests.endpoint.replace('/slack/events', path));
  const rinde = (user: string, text: string) =>
    h.requests.command(slashCommand({ command: '/rinde', text, user_id: user, response_url: h.api.responseUrl() }));

  it('answers 404 in Spanish until an admin types /rinde publicar sí, and serves the plan after', async () => {
    const before = await page('/');
    expect(before.status).toBe(404);
    expect(await before.text()).toContain('Página no encontrada');
    await rinde(RESPONSABLE, 'publicar sí');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await getPublication(database.db)).published).toBe(false);
    await rinde(ADMIN, 'publicar sí');
    await eventually(async () => expect((await getPublication(database.db)).published).toBe(true));
    // Within a second (REVALIDATE_MS) the page sees the change.
    await eventually(async () => expect((await page('/')).status).toBe(200), 3000);
    expect(await (await page('/')).text()).toContain('Plan de rendición de cuentas');
    expect((await page('/healthz')).status).not.toBe(404);
    expect((await page('/estilos.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the public pages of a console deployment (built entry point)', () => {
  it('are served on PORT while the console runs, and published from it', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/src/main.js')], {
      cwd: temporaryFolder(),
      env: { PATH: process.env.PATH, PORT: String(port) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await eventually(() => expect(stdout).toContain('Cargué el plan de ejemplo'), 15_000);
      const url = `http://127.0.0.1:${port}/`;
      await eventually(async () => expect((await fetch(url)).status).toBe(404), 10_000);
      child.stdin.write('/rinde publicar sí\n');
      await eventually(async () => expect((await fetch(url)).status).toBe(200), 10_000);
      expect(await (await fetch(url)).text()).toContain('Alcaldía Municipal de Tauramena');
    } finally {
      child.stdin.end();
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  }, 40_000);
});
