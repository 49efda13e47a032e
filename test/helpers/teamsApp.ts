import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { configSchema, type TeamsCredentials } from '../../src/config.js';
import type { ChatPlatform } from '../../src/platforms/port.js';
import { createTeamsApp, type TeamsApp } from '../../src/platforms/teams/app.js';
import { clientCredentialsToken } from '../../src/platforms/teams/auth.js';
import { teamsPlatform } from '../../src/platforms/teams/platform.js';
import type { Db } from '../../src/storage/database.js';
import type { Stores } from './database.js';
import { memoryStream, perTest, seedChatPlan } from './harness.js';
import { NOW } from './slackApp.js';
import { BOT_ISSUER, startTeamsStandIn, type TeamsStandIn } from './teamsStandIn.js';

export const APP_ID = '5c0ffee0-0000-4000-8000-00000000b07a';
export const APP_PASSWORD = 'teams-test-password-never-logged';
export const TENANT_ID = '7e57e57e-0000-4000-8000-000000000001';
export const BOT_ID = `28:${APP_ID}`;

export interface TeamsPerson {
  /** Teams ID ("29:…"). */
  id: string;
  name: string;
  /** Microsoft Entra object ID: what Rinde keeps members by. */
  aadObjectId: string;
}

/** Member of "Oficina de Comunicaciones", which answers for 1.2. */
export const MARIA: TeamsPerson = {
  id: '29:maria',
  name: 'María Gómez',
  aadObjectId: '0b6a4c1e-0000-4000-8000-0000000000a1',
};
/** In ADMIN_USERS. */
export const ADMIN: TeamsPerson = {
  id: '29:admin',
  name: 'Jefe de Planeación',
  aadObjectId: '0b6a4c1e-0000-4000-8000-0000000000a2',
};
/** Belongs to no office. */
export const OUTSIDER: TeamsPerson = {
  id: '29:otro',
  name: 'Pedro Pérez',
  aadObjectId: '0b6a4c1e-0000-4000-8000-0000000000a3',
};

export const CHANNEL_CONVERSATION = '19:planeacion@thread.tacv2';

export function personalConversationOf(person: TeamsPerson): string {
  return `a:personal-${person.id.slice(3)}`;
}

type Activity = Record<string, unknown>;

function baseActivity(standIn: TeamsStandIn, person: TeamsPerson, conversation: Activity): Activity {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: standIn.serviceUrl,
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    recipient: { id: BOT_ID, name: 'Rinde' },
    conversation: { tenantId: TENANT_ID, ...conversation },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'es-CO',
  };
}

export interface ActivityBuilders {
  personalMessage(person: TeamsPerson, text: string, extra?: Activity): Activity;
  channelMessage(person: TeamsPerson, text: string, entities?: Activity[]): Activity;
  cardAction(person: TeamsPerson, verb: string, data: Activity, replyToId?: string): Activity;
  /** The person's answer to a file the bot offered: Teams' `fileConsent/invoke`. */
  fileConsent(person: TeamsPerson, action: 'accept' | 'decline', context: unknown, uploadInfo?: Activity): Activity;
  installAdd(person: TeamsPerson): Activity;
  membersAdded(person: TeamsPerson): Activity;
}

export function activityBuilders(standIn: TeamsStandIn): ActivityBuilders {
  const personal = (person: TeamsPerson) => ({ id: personalConversationOf(person), conversationType: 'personal' });
  return {
    personalMessage: (person, text, extra = {}) => ({
      ...baseActivity(standIn, person, personal(person)),
      type: 'message',
      text,
      textFormat: 'plain',
      ...extra,
    }),
    channelMessage: (person, text, entities = []) => ({
      ...baseActivity(standIn, person, { id: CHANNEL_CONVERSATION, conversationType: 'channel', isGroup: true }),
      type: 'message',
      text,
      entities,
    }),
    cardAction: (person, verb, data, replyToId = 'card-message-1') => ({
      ...baseActivity(standIn, person, personal(person)),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    }),
    fileConsent: (person, action, context, uploadInfo) => ({
      ...baseActivity(standIn, person, personal(person)),
      type: 'invoke',
      name: 'fileConsent/invoke',
      replyToId: 'consent-card-1',
      value: { type: 'fileUpload', action, context, ...(uploadInfo === undefined ? {} : { uploadInfo }) },
    }),
    installAdd: (person) => ({
      ...baseActivity(standIn, person, personal(person)),
      type: 'installationUpdate',
      action: 'add',
    }),
    membersAdded: (person) => ({
      ...baseActivity(standIn, person, personal(person)),
      type: 'conversationUpdate',
      membersAdded: [{ id: BOT_ID }],
    }),
  };
}

/** A mention entity as Teams puts it in an activity, and the text it stands for. */
export function mentionOf(person: { id: string; name: string; aadObjectId?: string }): Activity {
  return { type: 'mention', text: `<at>${person.name}</at>`, mentioned: { id: person.id, name: person.name } };
}

export interface TeamsHarness {
  teams: TeamsApp;
  standIn: TeamsStandIn;
  activities: ActivityBuilders;
  url: string;
  planId: number;
  rawLogs(): string;
  /** The token Teams would put on a request for `activity`, with `claims` changed. */
  tokenFor(activity: Activity, claims?: Record<string, unknown>): string;
  /** Posts an activity signed as the Bot Framework does; returns the status and the body. */
  post(activity: Activity, options?: { authorization?: string | null }): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

/** The real Teams app on a free port, against the stand-in, on `db` seeded with the chat tests' plan. */
export async function startTeamsHarness(
  { db }: Stores,
  clock: () => Date = () => NOW,
  config: Record<string, string> = {},
): Promise<TeamsHarness> {
  const planId = await seedChatPlan(db, MARIA.aadObjectId, ADMIN.aadObjectId);
  const standIn = await startTeamsStandIn({ appId: APP_ID });
  const { stream, lines } = memoryStream();
  const logger = pino({ level: 'debug' }, stream);
  const parsed = configSchema.parse({
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: APP_PASSWORD,
    TEAMS_TENANT_ID: TENANT_ID,
    TEAMS_OPENID_METADATA_URL: standIn.openIdMetadataUrl,
    TEAMS_TOKEN_ISSUER: BOT_ISSUER,
    TEAMS_LOGIN_URL: standIn.url,
    PORT: '0',
    ADMIN_USERS: ADMIN.aadObjectId,
    ...config,
  }) as ReturnType<typeof configSchema.parse> & TeamsCredentials;
  const teams = createTeamsApp({ config: parsed, db, logger, clock });
  const { port } = await teams.start();
  const url = `http://127.0.0.1:${port}`;
  const tokenFor: TeamsHarness['tokenFor'] = (activity, claims = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return standIn.signToken({
      iss: BOT_ISSUER,
      aud: APP_ID,
      serviceurl: activity.serviceUrl,
      iat: now,
      nbf: now - 60,
      exp: now + 600,
      ...claims,
    });
  };
  return {
    teams,
    standIn,
    activities: activityBuilders(standIn),
    url,
    planId,
    rawLogs: () => lines.join('\n'),
    tokenFor,
    async post(activity, options = {}) {
      const authorization =
        options.authorization === undefined ? `Bearer ${tokenFor(activity)}` : options.authorization;
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    async stop() {
      await teams.stop();
      await standIn.close();
    },
  };
}

/** Gives every test in the file a running Teams app on `database` (with `config` added), stopped after the test. */
export function useTeamsHarness(database: Stores, config: Record<string, string> = {}): () => TeamsHarness {
  return perTest(() => startTeamsHarness(database, undefined, config), 'Teams');
}

/** The text of every TextBlock of the cards in an activity the bot sent (or of one card). */
export function cardText(value: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'TextBlock' && typeof record.text === 'string') texts.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(value);
  return texts.join('\n');
}

export interface SentCard {
  body: { id?: string; value?: string; choices?: { title: string; value: string }[] }[];
  actions: { verb: string; data: Record<string, unknown> }[];
}

/** The Adaptive Card an activity the bot sent carries; fails the test when it carries none. */
export function cardOf(activity: { body: Record<string, unknown> } | undefined): SentCard {
  const attachments = (activity?.body.attachments ?? []) as { content?: SentCard }[];
  const card = attachments[0]?.content;
  if (card === undefined) throw new Error('the bot sent no card');
  return { body: card.body, actions: card.actions ?? [] };
}

/** The jobs' Teams platform, its bot token from the stand-in's token endpoint, as main.ts builds it. */
export function standInPlatform(standIn: TeamsStandIn, db: Db, options: { timeoutMs?: number } = {}): ChatPlatform {
  const token = clientCredentialsToken(
    {
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: APP_PASSWORD,
      TEAMS_TENANT_ID: TENANT_ID,
      TEAMS_LOGIN_URL: standIn.url,
    },
    () => new Date(),
  );
  return teamsPlatform({ db, token: () => token('https://api.botframework.com/.default'), ...options });
}
