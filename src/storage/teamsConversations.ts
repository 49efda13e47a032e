import type { Db } from './database.js';

/** A member's personal conversation with the bot in Teams: enough to write to them proactively. */
export interface TeamsConversationRef {
  aadObjectId: string;
  teamsUserId: string;
  displayName: string | null;
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
}

const FIELDS = {
  aadObjectId: true,
  teamsUserId: true,
  displayName: true,
  conversationId: true,
  serviceUrl: true,
  tenantId: true,
} as const;

/** Stores (or refreshes) a member's conversation reference; one row per member. */
export async function saveTeamsConversation(db: Db, ref: TeamsConversationRef): Promise<void> {
  const { aadObjectId, ...rest } = ref;
  await db.$transaction([
    db.teamsConversation.upsert({ where: { aadObjectId }, create: ref, update: rest, select: { id: true } }),
  ]);
}

export function getTeamsConversation(db: Db, aadObjectId: string): Promise<TeamsConversationRef | null> {
  return db.teamsConversation.findUnique({ where: { aadObjectId }, select: FIELDS });
}

/** The Entra object ID of a Teams user ID ("29:…"), when they have talked to the bot. */
export async function aadObjectIdOfTeamsUser(db: Db, teamsUserId: string): Promise<string | null> {
  const row = await db.teamsConversation.findFirst({ where: { teamsUserId }, select: { aadObjectId: true } });
  return row?.aadObjectId ?? null;
}

/** Display names by Entra object ID, for replies that list members. */
export async function teamsDisplayNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.teamsConversation.findMany({
    where: { displayName: { not: null } },
    select: { aadObjectId: true, displayName: true },
  });
  return new Map(rows.flatMap((row) => (row.displayName === null ? [] : [[row.aadObjectId, row.displayName]])));
}

/** The service URL Teams last gave: the region that serves the tenant, for messages to a channel. */
export async function latestTeamsServiceUrl(db: Db): Promise<string | null> {
  const row = await db.teamsConversation.findFirst({ orderBy: { updatedAt: 'desc' }, select: { serviceUrl: true } });
  return row?.serviceUrl ?? null;
}
