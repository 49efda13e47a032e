import { describe, expect, it } from 'vitest';
import { messages } from '../../../../../src/wording/messages.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import { readEntries } from '../../../../helpers/progress.js';
import { eventually, OUTSIDER, RESPONSABLE, useSlackHarness } from '../../../../helpers/slackApp.js';
import { type ModalValues, progressSubmission, slashCommand } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

const entries = () => readEntries(database.db, { authorId: { in: [RESPONSABLE, OUTSIDER] } });

/** `/avance` with no text, as the user types it: returns the private_metadata of the modal it opened. */
async function openModal(userId = RESPONSABLE): Promise<string> {
  await harness().requests.command(
    slashCommand({ command: '/avance', text: '', user_id: userId, response_url: harness().api.responseUrl('modal') }),
  );
  const [open] = await harness().api.waitFor('views.open');
  const view = open?.body.view as { private_metadata: string };
  return view.private_metadata;
}

function submit(metadata: string, values: ModalValues, userId = RESPONSABLE) {
  return harness().requests.interaction(progressSubmission({ metadata, values, userId }));
}

describe('the progress modal submission', () => {
  it('stores a retried submission (same view and hash) once', async () => {
    const metadata = await openModal();
    const values = { activityCode: '1.2', amount: '3', note: 'Boletín' };
    expect((await submit(metadata, values)).status).toBe(200);
    expect((await submit(metadata, values)).status).toBe(200);
    expect((await entries()).map((e) => e.amount)).toEqual([3]);
  });

  it('shows a bad amount inline, in Spanish, then saves a good one', async () => {
    const metadata = await openModal();

    const bad = await submit(metadata, { activityCode: '1.2', amount: 'diez' });
    expect(bad.status).toBe(200);
    expect(bad.json()).toEqual({ response_action: 'errors', errors: { amount: messages.amountNotANumber('diez') } });
    expect(await entries()).toEqual([]);

    const good = await submit(metadata, {
      activityCode: '1.2',
      amount: '2,5',
      note: 'Boletín de mayo',
      evidenceUrl: 'https://example.org/boletin',
    });
    expect(good.status).toBe(200);
    expect(good.text).toBe('');
    expect(await entries()).toMatchObject([
      { amount: 2.5, note: 'Boletín de mayo', evidenceUrl: 'https://example.org/boletin', authorName: 'María Gómez' },
    ]);
    const [confirmation] = await harness().api.waitForResponses(1);
    expect(confirmation?.id).toBe('modal');
    expect(JSON.stringify(confirmation?.body)).toContain('2,5/40');
    await harness().api.waitFor('views.publish');
  });

  it('flags every missing or invalid field at once', async () => {
    const metadata = await openModal();
    const response = await submit(metadata, { activityCode: null, amount: '-1', evidenceUrl: 'ftp://x' });
    const { errors } = response.json() as { errors: Record<string, string> };
    expect(Object.keys(errors).sort()).toEqual(['activityCode', 'amount', 'evidenceUrl']);
    expect(errors.amount).toBe(messages.amountNotPositive);
  });

  it('shows on the activity field that the user may not log progress there', async () => {
    const metadata = await openModal(OUTSIDER);
    const response = await submit(metadata, { activityCode: '1.2', amount: '3' }, OUTSIDER);
    const { response_action, errors } = response.json() as { response_action: string; errors: Record<string, string> };
    expect(response_action).toBe('errors');
    expect(errors.activityCode).toContain('Solo pueden registrar avance en la actividad 1.2');
    expect(await entries()).toEqual([]);
  });

  it('confirms by direct message when the modal came from the Home tab (no response_url)', async () => {
    const metadata = JSON.stringify({ planId: harness().planId, responseUrl: null });
    await submit(metadata, { activityCode: '1.2', amount: '4' });
    const [dm] = await harness().api.waitFor('chat.postMessage', 1);
    const toUser =
      harness()
        .api.callsTo('chat.postMessage')
        .find((call) => call.body.channel === `D${RESPONSABLE}`) ?? dm;
    expect(JSON.stringify(toUser?.body)).toContain('Avance registrado');
    expect(await entries()).toHaveLength(1);
  });
});

describe('after the entry is saved', () => {
  it('logs a lost confirmation instead of telling the user that nothing was saved', async () => {
    harness().api.fail('conversations.open', { status: 500 });
    const metadata = JSON.stringify({ planId: harness().planId, responseUrl: null });
    const response = await submit(metadata, { activityCode: '1.2', amount: '4' });
    expect(response.text).toBe('');
    await eventually(() =>
      expect(harness().logs).toContainEqual(expect.objectContaining({ msg: 'could not confirm the saved entry' })),
    );
    expect(await entries()).toHaveLength(1);
    expect(harness().logs.filter((line) => line.msg === 'slack request failed')).toEqual([]);
  });
});
