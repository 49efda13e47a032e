import { Writable } from 'node:stream';
import type { Config } from '../../src/config.js';
import { configSchema } from '../../src/config.js';
import { instantAt } from '../../src/domain/reminders/index.js';
import type { JobDeps } from '../../src/jobs/context.js';
import { jobDepsOf } from '../../src/jobs/context.js';
import { jobConfigSchema } from '../../src/jobs/jobConfig.js';
import type { JobLogger } from '../../src/jobs/outbox.js';
import { type CliCommand, parseCommandArgs } from '../../src/platforms/cli/cliCommand.js';
import { createJobSlackClient, slackPlatform } from '../../src/platforms/slack/platform.js';
import type { Database, Db } from '../../src/storage/database.js';
import { assignMemberToOffice } from '../../src/storage/members.js';
import { savePlanDraft } from '../../src/storage/plans.js';
import { sampleDraft } from '../domain/reminders/sample.js';
import type { SlackApiStub } from '../helpers/slackApi.js';

export const PLANNING_CHANNEL = 'CPLANEACION';

/** 08:00 (or another time) in Bogotá on `date`. */
export function bogota(date: string, time = '08:00'): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return instantAt(date, hours * 60 + minutes, 'America/Bogota');
}

export interface RecordingLogger extends JobLogger {
  lines: { level: 'info' | 'warn' | 'error'; message: string; fields: object }[];
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (fields, message) => lines.push({ level: 'info', message, fields }),
    warn: (fields, message) => lines.push({ level: 'warn', message, fields }),
    error: (fields, message) => lines.push({ level: 'error', message, fields }),
  };
}

export function testConfig(overrides: Record<string, string> = {}): Config & ReturnType<typeof jobConfigSchema.parse> {
  const env = { PLANNING_CHANNEL, ...overrides };
  return { ...configSchema.parse(env), ...jobConfigSchema.parse(env) };
}

export function jobDeps(db: Db, slack: SlackApiStub, logger: JobLogger = recordingLogger()): JobDeps {
  const platform = slackPlatform(createJobSlackClient('xoxb-test', { slackApiUrl: slack.apiUrl }));
  return jobDepsOf(testConfig(), { db, platform, logger });
}

/**
 * The Tauramena sample with Planeación staffed by two people and Prensa by one; the other offices
 * (secretarías, "Dependencia que rinde cuentas", …) have nobody yet.
 */
export async function loadSample(db: Db): Promise<number> {
  const { planId } = await savePlanDraft(db, await sampleDraft(), { authorId: 'test' });
  await assignMemberToOffice(db, 'UPLAN1', 'Oficina Asesora de Planeación');
  await assignMemberToOffice(db, 'UPLAN2', 'Oficina Asesora de Planeación');
  await assignMemberToOffice(db, 'UPRENSA', 'Oficina de prensa');
  return planId;
}

/** The DMs the stand-in received, as "user: text" (conversations.open answers D<user>). */
export function directMessages(slack: SlackApiStub): string[] {
  return slack
    .callsTo('chat.postMessage')
    .filter((call) => String(call.body.channel).startsWith('D'))
    .map((call) => `${String(call.body.channel).slice(1)}: ${String(call.body.text)}`);
}

export function channelPosts(slack: SlackApiStub): string[] {
  return slack
    .callsTo('chat.postMessage')
    .filter((call) => call.body.channel === PLANNING_CHANNEL)
    .map((call) => String(call.body.text));
}

/** Runs a `rinde` command against `database` as the CLI would, returning what it printed. */
export async function runCliCommand(command: CliCommand, argv: string[], database: Database): Promise<string> {
  let out = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  await command.run(parseCommandArgs(command, argv), {
    stdout,
    stderr: stdout,
    config: testConfig(),
    database: async () => database,
    now: () => bogota('2024-06-21'),
  });
  return out;
}
