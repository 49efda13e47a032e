import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendProgress } from '../../../../../src/storage/progress.js';
import { messages } from '../../../../../src/wording/messages.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import { ADMIN, RESPONSABLE, type SlackHarness, startSlackHarness } from '../../../../helpers/slackApp.js';
import { slashCommand } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
let h: SlackHarness;

beforeEach(async () => {
  h = await startSlackHarness(database);
  const activity = await database.db.activity.findFirstOrThrow({ where: { code: '1.2' } });
  await appendProgress(database.db, {
    activityId: activity.id,
    amount: 10,
    effectiveOn: '2024-05-10',
    authorId: RESPONSABLE,
    source: 'chat',
    note: 'Publicamos 10 piezas',
  });
});
afterEach(async () => {
  await h.stop();
});

async function exportar(text: string, userId = RESPONSABLE): Promise<string> {
  const started = Date.now();
  const response = await h.requests.command(
    slashCommand({ command: '/rinde', text, user_id: userId, response_url: h.api.responseUrl('rinde') }),
  );
  expect(response.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(3000);
  const [reply] = await h.api.waitForResponses(1);
  expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  return JSON.stringify(reply?.body);
}

describe('/rinde exportar', () => {
  it("uploads the tracking sheet to the caller's DM with files.uploadV2 and says so", async () => {
    const reply = await exportar('exportar');
    const filename = 'rendicion-de-cuentas-2024-al-2024-05-15.xlsx';
    expect(reply).toContain(messages.exportSent(filename));

    expect(h.api.callsTo('conversations.open').map((call) => call.body.users)).toEqual([RESPONSABLE]);
    const [getUrl] = h.api.callsTo('files.getUploadURLExternal');
    expect(getUrl?.body).toMatchObject({ filename });
    expect(Number(getUrl?.body.length)).toBeGreaterThan(5000);
    const [complete] = h.api.callsTo('files.completeUploadExternal');
    expect(complete?.body).toMatchObject({
      channel_id: `D${RESPONSABLE}`,
      initial_comment:
        'Hoja de seguimiento de Alcaldía de San José, con el avance registrado hasta el 15 de mayo de 2024.',
      files: [
        {
          id: expect.stringMatching(/^F/),
          title: expect.stringContaining('Seguimiento con corte al 15 de mayo de 2024'),
        },
      ],
    });
  });

  it('takes the format and the date', async () => {
    const reply = await exportar('exportar csv 30/04/2024', ADMIN);
    expect(reply).toContain('rendicion-de-cuentas-2024-al-2024-04-30.csv');
    expect(h.api.callsTo('conversations.open').map((call) => call.body.users)).toEqual([ADMIN]);
    expect(h.api.callsTo('files.getUploadURLExternal')[0]?.body.filename).toBe(
      'rendicion-de-cuentas-2024-al-2024-04-30.csv',
    );
  });

  it('answers bad arguments with what to type, and uploads nothing', async () => {
    expect(await exportar('exportar pdf')).toContain('/rinde exportar csv');
    expect(h.api.callsTo('files.getUploadURLExternal')).toEqual([]);
  });

  it('tells the caller when the upload fails, and logs it', async () => {
    h.api.fail('files.completeUploadExternal', { error: 'not_in_channel' });
    expect(await exportar('exportar')).toContain(messages.exportFailed);
    expect(h.logs.some((line) => line.msg === 'plan export failed')).toBe(true);
  });
});
