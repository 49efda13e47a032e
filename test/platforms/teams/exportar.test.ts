import { expect, it } from 'vitest';
import { FILE_CONSENT_CARD, FILE_INFO_CARD } from '../../../src/platforms/teams/cards/files.js';
import { exportWording } from '../../../src/platforms/teams/services/exportFile.js';
import { appendProgress } from '../../../src/storage/progress.js';
import { updatePublication } from '../../../src/storage/publication.js';
import { planExport } from '../../../src/usecases/exportSheet.js';
import { messages } from '../../../src/wording/messages.js';
import { buildContext } from '../../helpers/commands.js';
import { describeEachEngine } from '../../helpers/database.js';
import { NOW } from '../../helpers/slackApp.js';
import {
  BOT_ID,
  CHANNEL_CONVERSATION,
  cardText,
  MARIA,
  mentionOf,
  personalConversationOf,
  type TeamsHarness,
  useTeamsHarness,
} from '../../helpers/teamsApp.js';

interface ConsentAttachment {
  contentType: string;
  name: string;
  content: { description: string; sizeInBytes: number; acceptContext: unknown; declineContext: unknown };
}

/** The file consent card of the bot's latest message to María. */
function offeredFile(h: TeamsHarness): ConsentAttachment {
  const sent = h.standIn.sentTo(personalConversationOf(MARIA)).at(-1);
  const attachment = (sent?.body.attachments as ConsentAttachment[] | undefined)?.[0];
  if (attachment?.contentType !== FILE_CONSENT_CARD) throw new Error('the bot offered no file');
  return attachment;
}

/** What Teams sends when María accepts: where OneDrive opened the upload session, and the file's place. */
function uploadInfo(h: TeamsHarness, name: string) {
  return {
    name,
    uploadUrl: h.standIn.uploadUrl(name),
    contentUrl: `https://tauramena-my.sharepoint.com/personal/maria/Documents/Applications/Rinde/${name}`,
    uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C',
    fileType: name.split('.').at(-1) ?? '',
  };
}

describeEachEngine('Teams: exportar', (database) => {
  const harness = useTeamsHarness(database);

  async function logTen() {
    const activity = await database.db.activity.findFirstOrThrow({ where: { code: '1.2' } });
    await appendProgress(database.db, {
      activityId: activity.id,
      amount: 10,
      effectiveOn: '2024-05-10',
      authorId: MARIA.aadObjectId,
      source: 'chat',
      note: 'Publicamos 10 piezas',
    });
  }

  it('offers the sheet in the personal chat, uploads the same file Slack sends once accepted, and shows it', async () => {
    const h = harness();
    await logTen();
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar csv 30/05/2024'));
    const offer = offeredFile(h);
    const filename = 'rendicion-de-cuentas-2024-al-2024-05-30.csv';
    expect(offer.name).toBe(filename);
    expect(offer.content.description).toContain(
      'Hoja de seguimiento de Alcaldía de San José, con el avance registrado hasta el 30 de mayo de 2024.',
    );
    expect(h.standIn.uploads).toEqual([]);

    const response = await h.post(
      h.activities.fileConsent(MARIA, 'accept', offer.content.acceptContext, uploadInfo(h, filename)),
    );
    expect(response.status).toBe(200);
    // The file the Slack export and the CLI build for the same plan and date.
    const expected = await planExport(buildContext(database, { now: NOW }), { format: 'csv', at: '2024-05-30' });
    const [upload] = h.standIn.uploads;
    expect(upload?.bytes.equals(expected.bytes)).toBe(true);
    expect(upload?.bytes.toString('utf8')).toContain('Publicamos 10 piezas');
    expect(upload?.contentRange).toBe(`bytes 0-${expected.bytes.length - 1}/${expected.bytes.length}`);

    const shown = h.standIn.sentTo(personalConversationOf(MARIA)).at(-1)?.body;
    expect(shown).toMatchObject({
      text: expected.caption,
      attachments: [
        {
          contentType: FILE_INFO_CARD,
          name: filename,
          contentUrl: uploadInfo(h, filename).contentUrl,
          content: { uniqueId: uploadInfo(h, filename).uniqueId, fileType: 'csv' },
        },
      ],
    });
  });

  it('sends an Excel workbook by default, dated today', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, '/rinde exportar'));
    const offer = offeredFile(h);
    expect(offer.name).toBe('rendicion-de-cuentas-2024-al-2024-05-15.xlsx');
    expect(offer.content.sizeInBytes).toBeGreaterThan(5000);
    await h.post(h.activities.fileConsent(MARIA, 'accept', offer.content.acceptContext, uploadInfo(h, offer.name)));
    // An .xlsx is a zip: it starts with PK.
    expect(h.standIn.uploads[0]?.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // Built again at acceptance (with the progress of that moment), with its own creation time inside the
    // zip: the size the card announced can differ by a few compressed bytes.
    expect(Math.abs((h.standIn.uploads[0]?.bytes.length ?? 0) - offer.content.sizeInBytes)).toBeLessThan(64);
  });

  it('uploads nothing when declined, and says how to ask again', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar'));
    const offer = offeredFile(h);
    const response = await h.post(h.activities.fileConsent(MARIA, 'decline', offer.content.declineContext));
    expect(response.status).toBe(200);
    expect(h.standIn.uploads).toEqual([]);
    expect(cardText(h.standIn.sentTo(personalConversationOf(MARIA)).at(-1)?.body)).toContain(exportWording.declined);
  });

  it('tells the person when the upload fails, and logs it without the upload URL', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar'));
    const offer = offeredFile(h);
    h.standIn.uploadFailures.push(507);
    await h.post(h.activities.fileConsent(MARIA, 'accept', offer.content.acceptContext, uploadInfo(h, offer.name)));
    expect(cardText(h.standIn.sentTo(personalConversationOf(MARIA)).at(-1)?.body)).toContain(messages.exportFailed);
    expect(h.rawLogs()).toContain('plan export failed');
    expect(h.rawLogs()).not.toContain('/upload/');
  });

  it('refuses a consent whose context is not one Rinde made, uploading nothing', async () => {
    const h = harness();
    await h.post(h.activities.fileConsent(MARIA, 'accept', { planId: 'x', format: 'pdf' }, uploadInfo(h, 'a.pdf')));
    expect(h.standIn.uploads).toEqual([]);
    expect(cardText(h.standIn.sentTo(personalConversationOf(MARIA)).at(-1)?.body)).toContain(messages.exportFailed);
  });

  it('answers bad arguments with what to type, offering nothing', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar pdf'));
    const [sent] = h.standIn.sentTo(personalConversationOf(MARIA));
    expect(cardText(sent?.body)).toContain(messages.exportUsage);
  });

  it('in a channel, says to ask in the personal chat, where Teams lets a bot send files', async () => {
    const h = harness();
    await h.post(
      h.activities.channelMessage(MARIA, '<at>Rinde</at> rinde exportar', [mentionOf({ id: BOT_ID, name: 'Rinde' })]),
    );
    const [sent] = h.standIn.sentTo(CHANNEL_CONVERSATION);
    expect(cardText(sent?.body)).toContain(exportWording.inChannel);
    expect(JSON.stringify(sent?.body)).not.toContain(FILE_CONSENT_CARD);
  });
});

describeEachEngine('Teams: exportar with the public page configured', (database) => {
  const harness = useTeamsHarness(database, { PUBLIC_URL: 'https://rinde.tauramena.gov.co/' });

  it("links a cut-off's sheet to its public page once the page is published, and the link is served", async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar 30/04/2024'));
    expect(offeredFile(h).content.description).not.toContain('página pública');

    await updatePublication(database.db, { published: true });
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar 30/04/2024'));
    const path = '/vigencia/2024/corte/2024-04-30/';
    expect(offeredFile(h).content.description).toContain(
      exportWording.cutoffPage(`https://rinde.tauramena.gov.co${path}`),
    );
    expect((await fetch(`${h.url}${path}`)).status).toBe(200);

    // A date that is no cut-off has no page to point to.
    await h.post(h.activities.personalMessage(MARIA, 'rinde exportar 10/05/2024'));
    expect(offeredFile(h).content.description).not.toContain('página pública');
  });
});
