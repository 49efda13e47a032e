import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postCutoffReport } from '../../src/jobs/cutoff.js';
import { sendWeeklyDigest } from '../../src/jobs/weeklyDigest.js';
import { escapeMrkdwn, linkableUrl, mrkdwnLink } from '../../src/platforms/slack/blocks/mrkdwn.js';
import { withTestDatabase } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import {
  eventually,
  PLANNING_CHANNEL as HARNESS_CHANNEL,
  RESPONSABLE,
  runSlashCommand,
  useSlackHarness,
} from '../helpers/slackApp.js';
import { bogota, jobDeps, loadSample, PLANNING_CHANNEL } from '../jobs/fixtures.js';

// User text that reaches a channel (notes, evidence links) can never become markup there: no
// `<!channel>` ping, no disguised link. The example: https://x/<!channel>.

const HOSTILE_URL = 'https://x/<!channel>';
const HOSTILE_NOTE = '<!channel> revisen & <@U0JEFE> <https://malo.example|banco>';

describe('mrkdwn.ts', () => {
  it('percent-encodes what would end or break a link, and refuses what is not an http(s) URL', () => {
    expect(mrkdwnLink(HOSTILE_URL, 'evidencia')).toBe('<https://x/%3C!channel%3E|evidencia>');
    expect(mrkdwnLink('https://x/a|b?q=<1>#<f>', 'evidencia')).toBe('<https://x/a%7Cb?q=%3C1%3E#%3Cf%3E|evidencia>');
    expect(linkableUrl('javascript:alert(1)')).toBeNull();
    expect(linkableUrl('no es una url')).toBeNull();
    expect(mrkdwnLink('javascript:<!channel>', 'evidencia')).toBe('evidencia: javascript:&lt;!channel&gt;');
  });

  it('escapes &, < and > in text', () => {
    expect(escapeMrkdwn(HOSTILE_NOTE)).toBe(
      '&lt;!channel&gt; revisen &amp; &lt;@U0JEFE&gt; &lt;https://malo.example|banco&gt;',
    );
  });
});

/** No mention or link survives but Rinde's own: `<@author>` and the encoded evidence link. */
function expectNoHostileMarkup(json: string): void {
  expect(json).not.toContain('<!channel');
  expect(json).not.toContain('<@U0JEFE');
  expect(json).not.toContain('<https://malo');
  expect(json).not.toContain('<https://x/<');
}

describe('in channel messages', () => {
  const database = withTestDatabase('sqlite');

  describe('the digest and the cut-off report', () => {
    let slack: SlackApiStub;
    beforeAll(async () => {
      slack = await startSlackApi();
    });
    afterAll(async () => {
      await slack.close();
    });
    beforeEach(async () => {
      slack.calls.length = 0;
      await loadSample(database.db);
      const activity = await database.db.activity.findFirstOrThrow({ where: { code: '1.2' } });
      await database.db.progressEntry.create({
        data: {
          activityId: activity.id,
          amountTenThousandths: 100_000n,
          effectiveOn: '2024-08-30',
          recordedAt: bogota('2024-08-30', '10:00'),
          authorId: 'UPRENSA',
          source: 'chat',
          note: HOSTILE_NOTE,
          evidenceUrl: HOSTILE_URL,
        },
      });
    });
    const posted = () =>
      JSON.stringify(slack.callsTo('chat.postMessage').filter((call) => call.body.channel === PLANNING_CHANNEL));

    it('weekly digest: the note is escaped and the link encoded', async () => {
      expect(await sendWeeklyDigest({ ...jobDeps(database.db, slack), now: bogota('2024-09-02') })).toMatchObject({
        status: 'sent',
      });
      const json = posted();
      expectNoHostileMarkup(json);
      expect(json).toContain('<https://x/%3C!channel%3E|evidencia>');
      expect(json).toContain('&lt;!channel&gt; revisen');
    });

    it('cut-off report: the link is encoded', async () => {
      const now = bogota('2024-09-02', '17:00');
      const outcome = await postCutoffReport({ ...jobDeps(database.db, slack), now, cutoffDates: ['08-31'] });
      expect(outcome).toMatchObject({ status: 'sent' });
      const json = posted();
      expectNoHostileMarkup(json);
      expect(json).toContain('<https://x/%3C!channel%3E|evidencia 1>');
    });
  });

  describe('the planning note after /avance', () => {
    const harness = useSlackHarness(database);

    it('shows the note as typed and the evidence link encoded', async () => {
      const h = harness();
      const reply = await runSlashCommand(h, '/avance', `1.2 1 ${HOSTILE_NOTE} ${HOSTILE_URL}`, RESPONSABLE);
      expect(reply).toContain('Avance registrado');
      expectNoHostileMarkup(reply);
      await eventually(() =>
        expect(h.api.callsTo('chat.postMessage').some((c) => c.body.channel === HARNESS_CHANNEL)).toBe(true),
      );
      expectNoHostileMarkup(JSON.stringify(h.api.callsTo('chat.postMessage')));
    });
  });
});
