import { describe, expect, it } from 'vitest';
import { savePlanDraft, setActivePlan } from '../../../../../src/storage/plans.js';
import { withTestDatabase } from '../../../../helpers/database.js';
import { buildPlanDraft } from '../../../../helpers/planDraft.js';
import { readEntries } from '../../../../helpers/progress.js';
import { RESPONSABLE, useSlackHarness } from '../../../../helpers/slackApp.js';
import { buttonClick, slashCommand } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);
const entries = () => readEntries(database.db, { source: 'chat' });

function avanceBody(text: string) {
  return slashCommand({ command: '/avance', text, user_id: RESPONSABLE, response_url: harness().api.responseUrl('a') });
}

/** The confirm button of a reply, as Slack sends its click back. */
type ReplyBlocks = { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };

function confirmClick(json: unknown) {
  const reply = json as ReplyBlocks;
  const button = reply.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'progress_confirm');
  if (button === undefined) throw new Error('no confirm button');
  const click = buttonClick({
    actionId: 'progress_confirm',
    planId: 1,
    code: '1.2',
    userId: RESPONSABLE,
    responseUrl: harness().api.responseUrl('confirm'),
  }) as { actions: object[] };
  return { ...click, actions: [{ type: 'button', action_id: 'progress_confirm', value: button.value }] };
}

describe('/avance replayed, retried, confirmed', () => {
  it('stores a replayed slash command once and answers each copy with the first entry', async () => {
    const body = avanceBody('1.2 10 Publicamos 10 piezas');
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(await harness().requests.command(body));
    expect(await entries()).toHaveLength(1);
    const [entry] = await entries();
    for (const reply of replies) expect(reply.text).toContain(`#${entry?.id}`);
    expect(replies[2]?.text).toContain('ya se había registrado');
  });

  it('asks "¿ya lo registró?" when the same amount comes again within a minute', async () => {
    await harness().requests.command(avanceBody('1.2 5'));
    const again = await harness().requests.command(avanceBody('1.2 5'));
    expect(again.text).toContain('¿Ya lo había registrado?');
    expect(await entries()).toHaveLength(2);
  });

  it('asks to confirm an amount past the target, with a button that logs it once', async () => {
    const asked = await harness().requests.command(avanceBody('1.2 50 Informe anual'));
    expect(asked.text).toContain('pasaría su meta: lleva 0 de 40 y quedaría en 50');
    expect(await entries()).toHaveLength(0);
    const click = confirmClick(asked.json());
    await harness().requests.interaction(click);
    await harness().requests.interaction(click);
    const responses = await harness().api.waitForResponses(2);
    expect(JSON.stringify(responses[0]?.body)).toContain('Avance registrado');
    expect((await entries()).map((e) => [e.amount, e.note])).toEqual([[50, 'Informe anual']]);
  });

  it('refuses a tampered confirm button', async () => {
    const asked = await harness().requests.command(avanceBody('1.2 50'));
    const click = confirmClick(asked.json());
    const tampered = {
      ...click,
      actions: [{ action_id: 'progress_confirm', type: 'button', value: '{"p":1,"c":"1.2","a":-5}' }],
    };
    await harness().requests.interaction(tampered);
    const [response] = await harness().api.waitForResponses(1);
    expect(String(response?.body.text)).toContain('Algo salió mal');
    expect(await entries()).toHaveLength(0);
  });

  it('refuses a button from an archived plan, naming the active one', async () => {
    const old = harness().planId;
    const { planId } = await savePlanDraft(
      database.db,
      buildPlanDraft({ vigencia: { from: '2025-01-01', to: '2025-12-31' } }),
      {
        authorId: 'U_ADMIN',
      },
    );
    await setActivePlan(database.db, planId);
    await harness().requests.interaction(
      buttonClick({
        actionId: 'progress_open',
        planId: old,
        code: '1.2',
        responseUrl: harness().api.responseUrl('old'),
      }),
    );
    const [response] = await harness().api.waitForResponses(1);
    expect(JSON.stringify(response?.body)).toContain('es de un plan que ya no está activo');
    expect(harness().api.calls.filter((c) => c.method === 'views.open')).toEqual([]);
  });
});
