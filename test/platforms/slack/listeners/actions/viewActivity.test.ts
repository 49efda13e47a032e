import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { useSlackHarness } from '../../../../helpers/slackApp.js';
import { buttonClick } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

describe('"Ver actividad" button', () => {
  it("answers only the person who clicked with the activity's status and history", async () => {
    await harness().requests.interaction(
      buttonClick({
        actionId: 'activity_view',
        planId: harness().planId,
        code: '1.2',
        responseUrl: harness().api.responseUrl('ver'),
      }),
    );
    const [response] = await harness().api.waitForResponses(1);
    expect(response?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const json = JSON.stringify(response?.body);
    expect(json).toContain('*1.2* Publicar contenidos');
    expect(json).toContain('Historial');
  });

  it('rejects a button whose value was tampered with, and tells the user', async () => {
    const click = buttonClick({
      actionId: 'activity_view',
      planId: harness().planId,
      code: '1.2',
      responseUrl: harness().api.responseUrl('x'),
    });
    const tampered = { ...click, actions: [{ action_id: 'activity_view', type: 'button', value: 'no-json' }] };
    await harness().requests.interaction(tampered);
    const [response] = await harness().api.waitForResponses(1);
    expect(String(response?.body.text)).toContain('Algo salió mal');
  });
});
