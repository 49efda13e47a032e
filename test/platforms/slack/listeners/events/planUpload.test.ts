import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rememberColumns } from '../../../../../src/storage/importColumns.js';
import { PLAN_FIXTURES, type PlanFixture } from '../../../../fixtures/plans/index.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import type { SharedFileStub } from '../../../../helpers/slackApi.js';
import { ADMIN, eventually, RESPONSABLE, type SlackHarness, useSlackHarness } from '../../../../helpers/slackApp.js';
import { appHomeOpened, eventCallback } from '../../../../helpers/slackPayloads.js';
import { tempFolder } from '../../../../importer/helpers.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);
const file = tempFolder();

/** The alcaldía's workbook: a cover sheet and a change-control table before the plan (issue 19). */
const alcaldia = PLAN_FIXTURES.find((fixture) => fixture.file === 'alcaldia-san-martin.xlsx') as PlanFixture;

async function workbookBytes(fixture: PlanFixture = alcaldia): Promise<Buffer> {
  const path = file(fixture.file);
  await fixture.write(path);
  return readFile(path);
}

let sequence = 0;
function fileShare(files: object[], user = ADMIN): object {
  sequence += 1;
  return eventCallback(`Ev0UP${sequence}`, {
    type: 'message',
    subtype: 'file_share',
    channel_type: 'im',
    channel: `D${user}`,
    user,
    text: '',
    files: files.map((shared) => ({ mimetype: 'application/octet-stream', filetype: 'xlsx', ...shared })),
    ts: `1700000100.00000${sequence}`,
    event_ts: `1700000100.00000${sequence}`,
  });
}

function choiceClick(actionId: string, pendingId: string, responseUrl: string, userId = ADMIN): object {
  return {
    type: 'block_actions',
    team: { id: 'T0MUNI', domain: 'alcaldia' },
    user: { id: userId, username: 'planeacion', name: 'planeacion', team_id: 'T0MUNI' },
    api_app_id: 'A0RINDE',
    token: 'verification-token-unused',
    trigger_id: `1337.${++sequence}.upload`,
    container: { type: 'message', message_ts: '1700000200.000100', channel_id: `D${userId}`, is_ephemeral: false },
    channel: { id: `D${userId}`, name: 'directmessage' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        block_id: 'upload',
        action_id: actionId,
        value: pendingId,
        text: { type: 'plain_text', text: 'Importar', emoji: true },
        action_ts: '1700000201.000200',
      },
    ],
  };
}

interface Posted {
  channel: string;
  text: string;
  blocks: { type: string; elements?: { action_id?: string; value?: string; text?: { text: string } }[] }[];
}

async function lastPost(h: SlackHarness, count: number): Promise<Posted> {
  const calls = await h.api.waitFor('chat.postMessage', count);
  return calls[count - 1]?.body as unknown as Posted;
}

function buttons(posted: Posted) {
  return posted.blocks.flatMap((block) => block.elements ?? []).filter((element) => element.action_id !== undefined);
}

/** Shares the workbook as the admin and returns the preview message and the pending upload's ID. */
async function uploadPreview(h: SlackHarness, shared?: SharedFileStub): Promise<{ posted: Posted; pendingId: string }> {
  const before = h.api.callsTo('chat.postMessage').length;
  const stub = shared ?? h.api.shareFile(alcaldia.file, await workbookBytes());
  expect((await h.requests.event(fileShare([stub]))).status).toBe(200);
  const posted = await lastPost(h, before + 1);
  const importButton = buttons(posted).find((button) => button.action_id === 'upload_import');
  if (importButton?.value === undefined) throw new Error(`no Importar button in ${JSON.stringify(posted)}`);
  return { posted, pendingId: importButton.value };
}

async function planCount(): Promise<number> {
  return database.db.plan.count();
}

describe('a plan shared in the direct message with Rinde', () => {
  it('previews what it understood, with Importar and Cancelar, and writes nothing', async () => {
    const h = harness();
    const { posted } = await uploadPreview(h);
    expect(posted.channel).toBe(`D${ADMIN}`);
    const json = JSON.stringify(posted.blocks);
    expect(json).toContain('Vista previa del plan');
    expect(json).toContain('Actividades por subcomponente');
    expect(json).toContain('Columnas leídas');
    expect(json).toContain(`hoja «${alcaldia.expected.sheet}»`);
    expect(json).toContain('no se guardó nada');
    expect(buttons(posted).map((button) => button.text?.text)).toEqual(['Importar', 'Cancelar']);
    expect(h.api.downloads).toEqual([{ fileId: expect.any(String), authorized: true }]);
    expect(await planCount()).toBe(1);
    expect(await database.db.activity.count()).toBe(3);
  });

  it('imports exactly the previewed plan on Importar and replaces the preview with the result', async () => {
    const h = harness();
    const { pendingId } = await uploadPreview(h);
    const responseUrl = h.api.responseUrl('import');
    await h.requests.interaction(choiceClick('upload_import', pendingId, responseUrl));
    const [response] = await h.api.waitForResponses(1);
    expect(response?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(response?.body)).toContain(
      `Se importó «${alcaldia.file}» (<@${ADMIN}>). Plan nuevo guardado`,
    );
    expect(await planCount()).toBe(2);
    const plan = await database.db.plan.findFirstOrThrow({ where: { sourceFile: alcaldia.file } });
    expect(await database.db.activity.count({ where: { planId: plan.id } })).toBe(alcaldia.expected.activities.length);
  });

  it('says "Plan sin cambios" when the same sheet is uploaded and imported again', async () => {
    const h = harness();
    const bytes = await workbookBytes();
    const first = await uploadPreview(h, h.api.shareFile(alcaldia.file, bytes));
    await h.requests.interaction(choiceClick('upload_import', first.pendingId, h.api.responseUrl('first')));
    await h.api.waitForResponses(1);
    const second = await uploadPreview(h, h.api.shareFile(alcaldia.file, bytes));
    await h.requests.interaction(choiceClick('upload_import', second.pendingId, h.api.responseUrl('second')));
    const responses = await h.api.waitForResponses(2);
    expect(JSON.stringify(responses[1]?.body)).toContain('Plan sin cambios');
    expect(await planCount()).toBe(2);
  });

  it('imports once when Importar is clicked twice at the same time', async () => {
    const h = harness();
    const { pendingId } = await uploadPreview(h);
    await Promise.all([
      h.requests.interaction(choiceClick('upload_import', pendingId, h.api.responseUrl('one'))),
      h.requests.interaction(choiceClick('upload_import', pendingId, h.api.responseUrl('two'))),
    ]);
    const responses = await h.api.waitForResponses(2);
    const bodies = responses.map((response) => JSON.stringify(response.body));
    expect(bodies.filter((body) => body.includes('Plan nuevo guardado'))).toHaveLength(1);
    expect(bodies.filter((body) => body.includes('ya no está pendiente'))).toHaveLength(1);
    expect(responses.find((r) => JSON.stringify(r.body).includes('pendiente'))?.body).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
    });
    expect(await planCount()).toBe(2);
  });

  it('discards the upload on Cancelar: nothing is written and a later Importar finds nothing', async () => {
    const h = harness();
    const { pendingId } = await uploadPreview(h);
    await h.requests.interaction(choiceClick('upload_cancel', pendingId, h.api.responseUrl('cancel')));
    const [cancelled] = await h.api.waitForResponses(1);
    expect(cancelled?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(cancelled?.body)).toContain('cancelada');
    await h.requests.interaction(choiceClick('upload_import', pendingId, h.api.responseUrl('late')));
    const responses = await h.api.waitForResponses(2);
    expect(JSON.stringify(responses[1]?.body)).toContain('ya no está pendiente');
    expect(await planCount()).toBe(1);
    expect(await database.db.setting.count({ where: { key: { startsWith: 'import.pending.' } } })).toBe(0);
  });

  it('checks again on Importar that whoever clicks is an admin', async () => {
    const h = harness();
    const { pendingId } = await uploadPreview(h);
    await h.requests.interaction(choiceClick('upload_import', pendingId, h.api.responseUrl('x'), RESPONSABLE));
    const [response] = await h.api.waitForResponses(1);
    expect(JSON.stringify(response?.body)).toContain('solo para administradores');
    expect(await planCount()).toBe(1);
  });

  it('tells someone who is not an admin who can load the plan, without downloading the file', async () => {
    const h = harness();
    const stub = h.api.shareFile(alcaldia.file, await workbookBytes());
    await h.requests.event(fileShare([stub], RESPONSABLE));
    const posted = await lastPost(h, 1);
    expect(posted.text).toBe(
      `Solo los administradores del plan (Oficina de Planeación) pueden cargar el plan: <@${ADMIN}>. Envíele el archivo a uno de ellos.`,
    );
    expect(h.api.downloads).toEqual([]);
  });

  it('refuses a file of another kind, saying which kinds it reads', async () => {
    const h = harness();
    await h.requests.event(fileShare([h.api.shareFile('informe.pdf', Buffer.from('%PDF-1.7'))]));
    expect((await lastPost(h, 1)).text).toContain(
      'No se puede leer un archivo «.pdf». Guarde el plan como Excel (.xlsx), CSV (.csv) o texto delimitado por tabulaciones (.tsv o .txt).',
    );
    await h.requests.event(fileShare([h.api.shareFile('plan-2019.xls', Buffer.from('D0CF11E0', 'hex'))]));
    expect((await lastPost(h, 2)).text).toContain('guárdelo como «Libro de Excel (.xlsx)»');
    expect(h.api.downloads).toEqual([]);
  });

  it('answers a sheet it cannot read with what to fix, and offers nothing to import', async () => {
    const h = harness();
    await h.requests.event(fileShare([h.api.shareFile('plan.xlsx', Buffer.from('esto no es un libro de Excel'))]));
    const posted = await lastPost(h, 1);
    expect(posted.text).toContain('No se importó el plan');
    expect(posted.text).toContain('no es un libro de Excel válido');
    expect(buttons(posted)).toEqual([]);
    expect(await database.db.setting.count({ where: { key: { startsWith: 'import.pending.' } } })).toBe(0);
  });

  it('asks for one file at a time', async () => {
    const h = harness();
    const bytes = await workbookBytes();
    await h.requests.event(fileShare([h.api.shareFile('a.xlsx', bytes), h.api.shareFile('b.xlsx', bytes)]));
    expect((await lastPost(h, 1)).text).toContain('Envíe un solo archivo a la vez');
    expect(h.api.downloads).toEqual([]);
  });

  it('refuses a file over the size limit before downloading it', async () => {
    const h = harness();
    const stub = { ...h.api.shareFile(alcaldia.file, Buffer.from('x')), size: 12 * 1024 * 1024 };
    await h.requests.event(fileShare([stub]));
    expect((await lastPost(h, 1)).text).toContain('pesa 12 MB; Rinde recibe planes de hasta 5 MB');
    expect(h.api.downloads).toEqual([]);
  });

  it('sends the bot token only to Slack: a download URL elsewhere is not fetched', async () => {
    const h = harness();
    const stub = { ...h.api.shareFile(alcaldia.file, await workbookBytes()) };
    stub.url_private_download = 'https://archivos.example.com/plan.xlsx';
    await h.requests.event(fileShare([stub]));
    expect((await lastPost(h, 1)).text).toContain(`No se pudo descargar «${alcaldia.file}» desde Slack`);
    expect(h.rawLogs()).not.toContain('xoxb-');
  });

  it('applies the columns remembered for the entity (rinde import --columns)', async () => {
    const h = harness();
    const ese = PLAN_FIXTURES.find((fixture) => fixture.file === 'ese-san-rafael.csv') as PlanFixture;
    await uploadPreview(h, h.api.shareFile(ese.file, await workbookBytes(ese)));
    const { entityKey, fields } = await pendingSummary();
    const activity = fields.find((field) => field.column === 'activity');
    if (activity === undefined) throw new Error('the activity column was not read');
    await rememberColumns(database.db, entityKey, [{ column: 'activity', ref: activity.letter }]);
    const second = await uploadPreview(h, h.api.shareFile(ese.file, await workbookBytes(ese)));
    expect(JSON.stringify(second.posted.blocks)).toContain(
      'Se usaron las columnas guardadas en una importación anterior',
    );
  });
});

/** What the pending upload was read as: its entity key (where `--columns` is remembered) and its columns. */
async function pendingSummary(): Promise<{ entityKey: string; fields: { column: string; letter: string }[] }> {
  const [row] = await database.db.setting.findMany({ where: { key: { startsWith: 'import.pending.' } } });
  return (JSON.parse(row?.value ?? '{}') as { result: { summary: Awaited<ReturnType<typeof pendingSummary>> } }).result
    .summary;
}

describe('"Cargar plan" on the Home tab', () => {
  it('is shown to admins only and answers in the direct message with how to upload', async () => {
    const h = harness();
    await h.requests.event(appHomeOpened({ userId: ADMIN, eventId: 'Ev0HOMEADMIN' }));
    await h.requests.event(appHomeOpened({ userId: RESPONSABLE, eventId: 'Ev0HOMEPRENSA' }));
    const published = await h.api.waitFor('views.publish', 2);
    const viewOf = (user: string) => JSON.stringify(published.find((call) => call.body.user_id === user)?.body.view);
    expect(viewOf(ADMIN)).toContain('"action_id":"upload_help"');
    expect(viewOf(RESPONSABLE)).not.toContain('upload_help');

    await h.requests.interaction({
      type: 'block_actions',
      team: { id: 'T0MUNI', domain: 'alcaldia' },
      user: { id: ADMIN, username: 'planeacion', name: 'planeacion', team_id: 'T0MUNI' },
      api_app_id: 'A0RINDE',
      token: 'verification-token-unused',
      trigger_id: '1337.1.home',
      container: { type: 'view', view_id: 'VHOME' },
      actions: [{ type: 'button', block_id: 'b', action_id: 'upload_help', action_ts: '1700000001.000200' }],
    });
    await eventually(() => expect(h.api.callsTo('chat.postMessage')).toHaveLength(1));
    const [dm] = h.api.callsTo('chat.postMessage');
    expect(dm?.body.channel).toBe(`D${ADMIN}`);
    expect(String(dm?.body.text)).toContain('arrastre el archivo a este chat');
  });
});
