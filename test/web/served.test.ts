import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPublication } from '../../src/storage/publication.js';
import { withTestDatabase } from '../helpers/database.js';
import { freePort, REPO_ROOT, startNode, temporaryFolder } from '../helpers/processes.js';
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

describe('the public pages of a console deployment (built entry point)', () => {
  it('are served on PORT while the console runs, and published from it', async () => {
    const port = await freePort();
    const node = startNode([join(REPO_ROOT, 'dist/src/main.js')], {
      cwd: temporaryFolder(),
      env: { PORT: String(port) },
    });
    try {
      await eventually(() => expect(node.stdout()).toContain('Cargué el plan de ejemplo'), 15_000);
      const url = `http://127.0.0.1:${port}/`;
      await eventually(async () => expect((await fetch(url)).status).toBe(404), 10_000);
      node.child.stdin.write('/rinde publicar sí\n');
      await eventually(async () => expect((await fetch(url)).status).toBe(200), 10_000);
      expect(await (await fetch(url)).text()).toContain('Alcaldía Municipal de Tauramena');
    } finally {
      node.child.stdin.end();
    }
    expect(await node.exited).toBe(0);
    expect(node.stderr()).toBe('');
  }, 40_000);
});
