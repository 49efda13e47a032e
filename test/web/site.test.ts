import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/usecases/errors.js';
import { setPublished } from '../../src/usecases/rinde.js';
import { escapeHtml } from '../../src/web/html.js';
import { buildContext } from '../helpers/commands.js';
import { PRIVATE_NOTE, SCRIPT_TITLE, SLACK_USER, serve, stop, type WebFixture, webFixture } from './fixtures.js';

let fixture: WebFixture;
let base: string;
let server: Server;

beforeAll(async () => {
  fixture = await webFixture();
  ({ base, server } = await serve(fixture.site));
}, 60_000);

afterAll(async () => {
  await stop(server);
  await fixture.close();
});

async function get(path: string) {
  const response = await fetch(base + path);
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type') ?? '', body, text: body.toString() };
}

/** Every address of the site with its body as text (xlsx files unzipped are not text: checked apart). */
async function everything(): Promise<{ path: string; status: number; type: string; text: string }[]> {
  const paths = await fixture.site.paths();
  return Promise.all(paths.map(async (path) => ({ path, ...(await get(path)) })));
}

describe('the public page', () => {
  it('is a Spanish 404 everywhere until an admin publishes it', async () => {
    for (const path of ['/', '/vigencia/2024/', '/datos/2024/plan.csv', '/vigencia/2024/actividad/1.2/']) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.text).toContain('<html lang="es-CO">');
      expect(page.text).toContain('Página no encontrada');
    }
    const enabled = await fixture.rinde('publish', '--enable');
    expect(enabled.code).toBe(0);
    expect(enabled.stdout).toContain('La página pública está publicada');
    expect((await get('/')).status).toBe(200);
  });

  it('is switched by admins only with /rinde publicar sí|no', async () => {
    const ctx = buildContext({ db: fixture.database.prisma });
    await expect(setPublished(ctx, 'no')).rejects.toThrow(UserError);
    const admin = { ...ctx, actsAsAdmin: true };
    await expect(setPublished(admin, 'quizás')).rejects.toThrow('/rinde publicar sí');
    expect(await setPublished(admin, 'no')).toMatchObject({ message: expect.stringContaining('apagada') });
    expect((await get('/vigencia/2024/')).status).toBe(404);
    expect(await setPublished(admin, 'sí')).toMatchObject({ message: expect.stringContaining('publicada') });
    expect((await get('/vigencia/2024/')).status).toBe(200);
  });

  it('escapes what it shows: an activity titled <script> is text', async () => {
    const plan = await get('/vigencia/2024/');
    expect(plan.text).toContain(escapeHtml(SCRIPT_TITLE));
    const html = (await everything()).filter((page) => page.type.startsWith('text/html'));
    expect(html.length).toBeGreaterThan(10);
    for (const page of html) expect(page.text, page.path).not.toContain('<script');
    // Data keep the title as written; served as CSV and JSON, never as a page.
    const json = await get('/datos/2024/plan.json');
    expect(json.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(json.text).map((row: { actividad: string }) => row.actividad)).toContain(SCRIPT_TITLE);
    expect((await get('/vigencia/2024/actividad/%3Cscript%3E/')).status).toBe(404);
  });

  it('shows no Slack user, token or unpublished note in any page or dataset', async () => {
    const pages = await everything();
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      expect(page.status, page.path).toBe(200);
      for (const secret of [SLACK_USER, 'Ana Prensa', 'xoxb-', PRIVATE_NOTE, 'Registrado dos veces por error']) {
        expect(page.text, `${page.path} shows ${secret}`).not.toContain(secret);
      }
    }
    // A cut-off's xlsx is a zip: read back as a spreadsheet, no cell carries them either.
    const xlsxPath = pages.find((p) => p.path.endsWith('.xlsx'))?.path ?? '';
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(xlsxPath)).body as never);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    expect(cells.join('\n')).toContain('Informe de seguimiento con corte');
    for (const secret of [SLACK_USER, PRIVATE_NOTE, 'Publicamos 10 piezas'])
      expect(cells.join('\n')).not.toContain(secret);
    // With notes published, the same check finds them: it is not blind.
    await fixture.rinde('publish', '--show-notes');
    const history = await get('/vigencia/2024/actividad/1.2/');
    expect(history.text).toContain('Registrado dos veces por error');
    expect((await get('/datos/2024/avances.csv')).text).toContain('Registrado dos veces por error');
    expect(history.text).not.toContain(SLACK_USER);
    await fixture.rinde('publish', '--hide-notes');
    expect((await get('/vigencia/2024/actividad/1.2/')).text).not.toContain('Registrado dos veces por error');
  });

  it('serves open data whose figures are those of rinde status --json', async () => {
    const status = JSON.parse((await fixture.rinde('status', '--json')).stdout);
    const csv = await get('/datos/2024/plan.csv');
    expect(csv.type).toBe('text/csv; charset=utf-8');
    const json = JSON.parse((await get('/datos/2024/plan.json')).text) as Record<string, unknown>[];
    expect(json.map((row) => [row.actividad_codigo, row.avance, row.cumplimiento])).toEqual(
      status.activities.map((a: { id: string; progress: number; ratio: number }) => [a.id, a.progress, a.ratio]),
    );
    const [header, ...rows] = csv.text.trimEnd().split('\r\n');
    expect(header?.split(',').slice(0, 6)).toEqual([
      'vigencia',
      'entidad',
      'fecha_corte',
      'subcomponente_codigo',
      'subcomponente',
      'actividad_codigo',
    ]);
    expect(rows.length).toBe(status.activities.length);
    const progress = JSON.parse((await get('/datos/2024/avances.json')).text) as Record<string, unknown>[];
    const correction = progress.find((row) => row.corrige_registro !== null);
    expect(correction).toMatchObject({ actividad_codigo: '1.2', cantidad: -5 });
    expect((await get('/datos/')).text).toContain('corrige_registro');
  });

  it('publishes its cut-off reports, as a printable page and as xlsx', async () => {
    const plan = await get('/vigencia/2024/');
    expect(plan.text).not.toContain('Corte al 30 de abril de 2024'); // before the vigencia (5 June)
    expect(plan.text).toContain('Corte al 31 de agosto de 2024');
    expect(plan.text).not.toContain('Corte al 31 de diciembre de 2024');
    const page = await get('/vigencia/2024/corte/2024-08-31/');
    expect(page.text).toContain('Informe de seguimiento con corte al 31 de agosto de 2024');
    const xlsx = await get('/vigencia/2024/corte/2024-08-31/informe-2024-08-31.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    expect((await get('/vigencia/2024/corte/2024-12-31/')).status).toBe(404);
  });

  it('serves cached pages until progress is logged, by any process', async () => {
    const progressOf = async () =>
      (JSON.parse((await get('/datos/2024/plan.json')).text) as { actividad_codigo: string; avance: number }[]).find(
        (row) => row.actividad_codigo === '1.1',
      )?.avance;
    const before = await progressOf();
    expect(await fixture.site.respond('/vigencia/2024/')).toBe(await fixture.site.respond('/vigencia/2024/'));
    const logged = await fixture.rinde('progress', '1.1', '1', '--by', 'Planeación', '--confirm');
    expect(logged.code, logged.stderr).toBe(0);
    expect(await progressOf()).toBe((before ?? 0) + 1);
  });

  it('writes the same pages as a static site with rinde publish DIR', async () => {
    const dir = join(fixture.folder, 'sitio');
    const written = await fixture.rinde('publish', dir);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(join(dir, 'vigencia/2024/index.html'), 'utf8')).toBe((await get('/vigencia/2024/')).text);
    expect(existsSync(join(dir, 'datos/2024/plan.csv'))).toBe(true);
    expect(existsSync(join(dir, 'vigencia/2024/actividad/1.2/index.html'))).toBe(true);
    expect(readFileSync(join(dir, '404.html'), 'utf8')).toContain('Página no encontrada');
  });
});
