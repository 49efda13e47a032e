import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadPlanFile,
  MAX_PLAN_FILE_BYTES,
  planFileRefusal,
} from '../../../../src/platforms/slack/services/planFile.js';
import { BOT_TOKEN, type SlackApiStub, startSlackApi } from '../../../helpers/slackApi.js';

let api: SlackApiStub;
beforeEach(async () => {
  api = await startSlackApi();
});
afterEach(async () => {
  await api.close();
});

describe('downloading a shared plan file', () => {
  it('downloads the bytes with the bot token', async () => {
    const file = api.shareFile('plan.csv', Buffer.from('ID;Actividad\n1.1;Publicar'));
    expect(await downloadPlanFile(file, BOT_TOKEN, api.apiUrl)).toEqual({
      ok: true,
      bytes: Buffer.from('ID;Actividad\n1.1;Publicar'),
    });
    expect(api.downloads).toEqual([{ fileId: file.id, authorized: true }]);
  });

  it('takes Slack’s sign-in page (a token without files:read) as a failed download, not as the plan', async () => {
    const file = api.shareFile('plan.csv', Buffer.from('ID;Actividad'));
    const downloaded = await downloadPlanFile(file, 'xoxb-otro-token', api.apiUrl);
    expect(downloaded).toEqual({ ok: false, message: expect.stringContaining('el permiso files:read') });
  });

  it('stops reading past the size limit whatever size the event claimed', async () => {
    const file = { ...api.shareFile('plan.csv', Buffer.alloc(MAX_PLAN_FILE_BYTES + 1, 'a')), size: 10 };
    expect(planFileRefusal(file)).toBeNull();
    expect(await downloadPlanFile(file, BOT_TOKEN, api.apiUrl)).toEqual({
      ok: false,
      message: expect.stringContaining('pesa más de 5 MB; Rinde recibe planes de hasta 5 MB'),
    });
  });

  it('never sends the token to a host other than Slack’s', async () => {
    const file = api.shareFile('plan.csv', Buffer.from('x'));
    // Without the stand-in configured as the API, its host is just another host.
    expect(await downloadPlanFile(file, BOT_TOKEN, 'https://slack.com/api/')).toMatchObject({ ok: false });
    expect(api.downloads).toEqual([]);
  });
});
