import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_RETRY_POLICY, type OutboxPayload, recipientKey } from '../../src/jobs/outbox.js';
import { runReminderSweep } from '../../src/jobs/reminderSweep.js';
import { noticeMessage } from '../../src/platforms/slack/blocks/notices.js';
import { createJobSlackClient, JOB_CALL_TIMEOUT_MS, slackPlatform } from '../../src/platforms/slack/platform.js';
import type { Db } from '../../src/storage/database.js';
import { findDelivery } from '../../src/storage/deliveries.js';
import { withTestDatabase } from '../helpers/database.js';
import { type SlackApiStub, startSlackApi } from '../helpers/slackApi.js';
import { bogota, channelPosts, directMessages, jobDeps, loadSample, recordingLogger } from '../jobs/fixtures.js';

// Per-recipient delivery and retries on a simulated clock (each sweep is given its `now`), against a
// Slack stand-in that refuses, rate-limits or never answers. Figures in docs/reliability.md.

const database = withTestDatabase('sqlite');
// A stand-in per test: what it refuses, it refuses for good.
let slack: SlackApiStub;
beforeEach(async () => {
  slack = await startSlackApi();
  await loadSample(database.db);
});
afterEach(async () => {
  await slack.close();
});

const MINUTE = 60_000;

/** Sweeps at each instant; the hung-call tests need the short client timeout. */
async function sweepAt(db: Db, api: SlackApiStub, instants: Date[], timeoutMs?: number) {
  const logger = recordingLogger();
  const deps = jobDeps(db, api, logger);
  if (timeoutMs !== undefined) {
    deps.platform = slackPlatform(createJobSlackClient('xoxb-test', { slackApiUrl: api.apiUrl, timeoutMs }));
  }
  const reports = [];
  for (const now of instants) reports.push(await runReminderSweep({ ...deps, now }));
  return { reports, logger };
}

/** Every `stepMinutes` from `from` for `hours`. */
function every(from: Date, stepMinutes: number, hours: number): Date[] {
  return Array.from(
    { length: (hours * 60) / stepMinutes + 1 },
    (_, i) => new Date(from.getTime() + i * stepMinutes * MINUTE),
  );
}

/** 08:00 and 14:00 in Bogotá, every day for `days` from `start`. */
function twiceDaily(start: string, days: number): Date[] {
  const first = bogota(start);
  return Array.from({ length: days * 2 }, (_, i) => {
    const day = new Date(first.getTime() + Math.floor(i / 2) * 24 * 60 * MINUTE);
    return new Date(day.getTime() + (i % 2) * 6 * 60 * MINUTE);
  });
}

/** The reminders that were split for `userId`: what they should have received. */
async function remindersFor(db: Db, userId: string): Promise<string[]> {
  const parents = await db.delivery.findMany({ where: { kind: 'reminder' } });
  return parents
    .map((row) => JSON.parse(row.payload) as Extract<OutboxPayload, { type: 'direct' }>)
    .filter((payload) => payload.recipients.includes(userId))
    .map((payload) => `${userId}: ${noticeMessage(payload.notice).text}`);
}

describe('one person who cannot be reached', () => {
  test('seven weeks with a deactivated member: every DM to the active member arrives, once, and admins hear once', async () => {
    slack.refuse('conversations.open', (body) => body.users === 'UPLAN1', { error: 'user_not_found' });
    const { logger } = await sweepAt(database.db, slack, twiceDaily('2024-06-17', 49));

    const expected = await remindersFor(database.db, 'UPLAN2');
    expect(expected.length).toBeGreaterThan(20);
    const received = directMessages(slack).filter((line) => line.startsWith('UPLAN2: '));
    expect(received.sort()).toEqual(expected.sort());
    expect(directMessages(slack).filter((line) => line.startsWith('UPLAN1: '))).toEqual([]);
    expect(channelPosts(slack).filter((text) => text.includes('UPLAN1'))).toEqual([
      'No pude enviarle recordatorios a <@UPLAN1>: Slack no encuentra la cuenta.',
    ]);
    expect(logger.lines.filter((line) => line.message === 'delivery abandoned')).toEqual([]);
    const unreachable = await database.db.delivery.count({ where: { status: 'unreachable' } });
    expect(unreachable).toBe(expected.length);
  }, 120_000);
});

describe('retries', () => {
  test('a five-hour 429 storm: nothing is given up, every DM goes out once when it ends, 429s cost no attempts', async () => {
    let storm = true;
    slack.refuse('conversations.open', () => storm, { status: 429, retryAfterSeconds: 30 });
    const start = bogota('2024-06-21');
    const during = every(start, 5, 5);
    const { logger } = await sweepAt(database.db, slack, during);
    expect(directMessages(slack)).toEqual([]);
    storm = false;
    const afterStorm = new Date(start.getTime() + 5 * 60 * MINUTE + 5 * MINUTE);
    await sweepAt(database.db, slack, [afterStorm]);

    expect(directMessages(slack)).toHaveLength(10);
    expect(new Set(directMessages(slack)).size).toBe(10);
    expect(logger.lines.filter((line) => line.message === 'delivery abandoned')).toEqual([]);
    const rows = await database.db.delivery.findMany({ where: { kind: 'dm' } });
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
    // One call per sweep at most while Slack asked to wait, not one per reminder.
    expect(slack.callsTo('conversations.open').length).toBeLessThanOrEqual(during.length + 10);
  }, 60_000);

  test('a storm longer than a working day gives up after ten hours, however few the attempts', async () => {
    slack.refuse('conversations.open', () => true, { error: 'service_unavailable' });
    const start = bogota('2024-06-21');
    const { logger } = await sweepAt(database.db, slack, every(start, 30, 11));
    const abandoned = logger.lines.filter((line) => line.message === 'delivery abandoned');
    expect(abandoned.length).toBeGreaterThan(0);
    const first = abandoned[0]?.fields as { attempts: number };
    expect(first.attempts).toBeLessThan(16);
    const row = await database.db.delivery.findFirst({ where: { kind: 'dm', status: 'failed', nextAttemptAt: null } });
    expect(row?.giveUpAt).toEqual(new Date(start.getTime() + DEFAULT_RETRY_POLICY.retryForMs));
  }, 60_000);

  test('job calls time out well inside the lease', () => {
    // An attempt makes at most two calls (conversations.open, chat.postMessage).
    expect(2 * JOB_CALL_TIMEOUT_MS).toBeLessThan(DEFAULT_RETRY_POLICY.leaseMs / 10);
  });
});

describe('calls that never answer', () => {
  test("a hung post to one member times out, is never posted again, and nobody else's DM waits for it", async () => {
    slack.hang('chat.postMessage', (body) => body.channel === 'DUPLAN1');
    const start = bogota('2024-06-21');
    const { reports, logger } = await sweepAt(
      database.db,
      slack,
      [start, new Date(start.getTime() + 2 * 60 * MINUTE)],
      200,
    );
    const toUplan2 = directMessages(slack).filter((line) => line.startsWith('UPLAN2: '));
    expect(toUplan2).toHaveLength(5);
    // Each of UPLAN1's five was handed to Slack once; its outcome is unknown, so it is not posted again.
    expect(slack.callsTo('chat.postMessage').filter((call) => call.body.channel === 'DUPLAN1')).toHaveLength(5);
    const key = reports[0]?.due[0] as string;
    expect(await findDelivery(database.db, recipientKey(key, 'UPLAN1'))).toMatchObject({ status: 'unknown' });
    expect(logger.lines.filter((line) => line.message === 'delivery outcome unknown; not resent')).toHaveLength(5);
  }, 60_000);

  test('a hung conversations.open is retried later (nothing was posted) and delivered once', async () => {
    let hanging = true;
    slack.hang('conversations.open', (body) => hanging && body.users === 'UPLAN1');
    const start = bogota('2024-06-21');
    await sweepAt(database.db, slack, [start], 200);
    hanging = false;
    await sweepAt(database.db, slack, [new Date(start.getTime() + 30 * MINUTE)], 200);
    const toUplan1 = directMessages(slack).filter((line) => line.startsWith('UPLAN1: '));
    expect(toUplan1).toHaveLength(5);
    expect(new Set(toUplan1).size).toBe(5);
    expect(directMessages(slack).filter((line) => line.startsWith('UPLAN2: '))).toHaveLength(5);
  }, 60_000);
});
