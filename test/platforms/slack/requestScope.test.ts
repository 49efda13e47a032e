import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../helpers/database.js';
import { eventually, RESPONSABLE, useSlackHarness } from '../../helpers/slackApp.js';
import { slashCommand } from '../../helpers/slackPayloads.js';

const database = withTestDatabase('sqlite');
const harness = useSlackHarness(database);

const avance = (triggerId: string, text = '1.2 10') =>
  harness().requests.command(
    slashCommand({
      command: '/avance',
      text,
      user_id: RESPONSABLE,
      trigger_id: triggerId,
      response_url: harness().api.responseUrl(triggerId),
    }),
  );

const linesOf = (requestId: string) =>
  harness()
    .logs.filter((line) => line.requestId === requestId)
    .map((line) => line.msg);

describe("a request's log lines", () => {
  it('carry its ID, however deep they are written, before and after the ack', async () => {
    harness().api.fail('users.info', { error: 'ratelimited' }, 1);
    harness().api.fail('chat.postMessage', { status: 500 }, 1);
    expect((await avance('trigger-1')).text).toContain('Avance registrado');
    await eventually(() => expect(linesOf('trigger-1')).toContain('slack request'));

    // The name lookup (a service), the planning note after the ack (a listener's own), the closing line.
    expect(linesOf('trigger-1')).toEqual(
      expect.arrayContaining([
        'users.info failed; using the handle',
        'could not post to the planning channel',
        'slack request',
      ]),
    );
    // Bolt's and the Web API client's own lines, written while the request ran, carry it too.
    expect(harness().logs.some((line) => line.requestId === 'trigger-1' && line.component !== undefined)).toBe(true);
  });

  it("keep each request's ID apart when requests run at the same time", async () => {
    harness().api.fail('users.info', { error: 'ratelimited' }, 2);
    await Promise.all([avance('trigger-a', '1.2 1'), avance('trigger-b', '1.2 2')]);
    await eventually(() => {
      expect(linesOf('trigger-a')).toContain('slack request');
      expect(linesOf('trigger-b')).toContain('slack request');
    });
    const lookups = harness().logs.filter((line) => line.msg === 'users.info failed; using the handle');
    expect(lookups.map((line) => line.requestId).sort()).toEqual(['trigger-a', 'trigger-b']);
  });

  it('leave it off the Home refresh a request schedules, which serves every request of its window', async () => {
    harness().api.fail('views.publish', { status: 500 }, 1);
    await avance('trigger-home');
    await eventually(() =>
      expect(harness().logs).toContainEqual(expect.objectContaining({ msg: 'could not refresh the Home tab' })),
    );
    const refresh = harness().logs.find((line) => line.msg === 'could not refresh the Home tab');
    expect(refresh?.requestId).toBeUndefined();
  });
});
