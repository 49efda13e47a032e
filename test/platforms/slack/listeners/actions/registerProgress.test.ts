import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { useSlackHarness } from '../../../../helpers/slackApp.js';
import { buttonClick } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

describe('"Registrar avance" button', () => {
  it('opens the modal with the activity preselected and its progress shown', async () => {
    const response = await harness().requests.interaction(
      buttonClick({ actionId: 'progress_open', planId: harness().planId, code: '1.2', container: 'view' }),
    );
    expect(response.status).toBe(200);
    const [open] = await harness().api.waitFor('views.open');
    expect(open?.body.trigger_id).toBe('1337.43.button');
    const view = open?.body.view as {
      private_metadata: string;
      blocks: { element?: { initial_option?: { value: string } } }[];
    };
    expect(view.blocks[0]?.element?.initial_option?.value).toBe('1.2');
    expect(JSON.stringify(view.blocks[1])).toContain('0/40 (0 %)');
    expect(JSON.parse(view.private_metadata)).toEqual({
      planId: harness().planId,
      responseUrl: null,
    });
  });

  it('tells the user when the button points at a plan that no longer exists', async () => {
    await harness().requests.interaction(
      buttonClick({
        actionId: 'progress_open',
        planId: 9999,
        code: '1.2',
        responseUrl: harness().api.responseUrl('old'),
      }),
    );
    const [response] = await harness().api.waitForResponses(1);
    expect(String(response?.body.text)).toContain('No encontré el plan');
    expect(harness().api.callsTo('views.open')).toEqual([]);
  });
});
