import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../helpers/database.js';
import { readEntries } from '../../helpers/progress.js';
import { MARIA, personalConversationOf, useTeamsHarness } from '../../helpers/teamsApp.js';

const database = withTestDatabase('sqlite');
const harness = useTeamsHarness(database);

describe('Teams without PLANNING_CHANNEL', () => {
  it('logs the entry and confirms it, posts nowhere else, and the log says why', async () => {
    const h = harness();
    await h.post(h.activities.personalMessage(MARIA, 'avance 1.2 10'));
    expect((await readEntries(database.db)).map((entry) => entry.amount)).toEqual([10]);
    expect(h.standIn.sent.map((activity) => activity.conversationId)).toEqual([personalConversationOf(MARIA)]);
    expect(h.rawLogs()).toContain('planning note not posted: PLANNING_CHANNEL is not set');
  });
});
