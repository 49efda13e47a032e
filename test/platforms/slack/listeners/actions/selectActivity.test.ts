import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../../helpers/database.js';
import { useSlackHarness } from '../../../../helpers/slackApp.js';
import { modalSelect } from '../../../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

describe("the modal's activity select", () => {
  it('redraws the modal around the chosen activity, guarded by the view hash', async () => {
    const metadata = JSON.stringify({ planId: null, responseUrl: 'http://127.0.0.1:1/respond/keep' });
    await harness().requests.interaction(modalSelect({ code: '2.1', viewId: 'V77', metadata }));
    const [update] = await harness().api.waitFor('views.update');
    expect(update?.body).toMatchObject({ view_id: 'V77', hash: '1700000002.hash' });
    const view = update?.body.view as {
      private_metadata: string;
      blocks: { element?: { initial_option?: { value: string } } }[];
    };
    expect(view.blocks[0]?.element?.initial_option?.value).toBe('2.1');
    expect(JSON.parse(view.private_metadata)).toEqual(JSON.parse(metadata));
  });
});
