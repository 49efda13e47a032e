import { officeKey } from '../domain/offices.js';
import { nearestNames } from '../domain/suggest.js';
import { foldText } from '../domain/text.js';
import type { Db, Tx } from './database.js';
import { OfficeNotFoundError } from './errors.js';
import { byName, type OfficeRef } from './planView.js';

export interface MemberView {
  userId: string;
  displayName: string | null;
  isAdmin: boolean;
  offices: OfficeRef[];
}

export interface OfficeMembers {
  userId: string;
  displayName: string | null;
  /** Which of the requested offices the member belongs to. */
  officeIds: number[];
}

export interface OfficeListing {
  id: number;
  name: string;
  key: string;
  /** Slack user ids. */
  members: string[];
  /** Current activities, in the given plan when there is one. */
  activityCount: number;
}

/** `office` is found, or `candidates` (names) explain why not: none, or several partial matches. */
export interface OfficeMatch {
  office: (OfficeRef & { key: string }) | null;
  candidates: string[];
  /** When nothing matched: the names nearest to a mistyped one. */
  nearest?: string[];
}

/** `office` is an office key or any spelling of its name. The member is created on first use. */
export function assignMemberToOffice(
  db: Db,
  userId: string,
  office: string,
  options: { displayName?: string } = {},
): Promise<MemberView> {
  return db.$transaction(async (tx) => {
    const found = await tx.office.findUnique({ where: { key: officeKey(office) }, select: { id: true } });
    if (!found) throw new OfficeNotFoundError(office);
    const displayName = options.displayName === undefined ? {} : { displayName: options.displayName };
    const member = await tx.member.upsert({
      where: { userId },
      create: { userId, ...displayName },
      update: displayName,
      select: { id: true },
    });
    const link = { memberId: member.id, officeId: found.id };
    await tx.memberOffice.upsert({ where: { memberId_officeId: link }, create: link, update: {} });
    return requireMember(tx, userId);
  });
}

export async function setAdmin(db: Db, userId: string, isAdmin: boolean): Promise<void> {
  await db.$transaction([db.member.upsert({ where: { userId }, create: { userId, isAdmin }, update: { isAdmin } })]);
}

/** Everyone who may administer the plan, by user ID: whom to ask when someone else cannot. */
export async function listAdminIds(db: Db): Promise<string[]> {
  const admins = await db.member.findMany({
    where: { isAdmin: true },
    select: { userId: true },
    orderBy: { id: 'asc' },
  });
  return admins.map((admin) => admin.userId);
}

/** One joined statement, raw: the Home tab and several commands check their caller. */
export async function getMember(db: Db | Tx, userId: string): Promise<MemberView | null> {
  const rows = await db.$queryRaw<MemberRow[]>`
    SELECT m."userId", m."displayName", m."isAdmin", o."id" AS "officeId", o."name" AS "officeName"
    FROM "Member" m
      LEFT JOIN "MemberOffice" mo ON mo."memberId" = m."id"
      LEFT JOIN "Office" o ON o."id" = mo."officeId"
    WHERE m."userId" = ${userId}`;
  const [first] = rows;
  if (first === undefined) return null;
  const offices = rows.flatMap((row) =>
    row.officeId === null || row.officeName === null ? [] : [{ id: row.officeId, name: row.officeName }],
  );
  // SQLite has no boolean type: its driver returns 0 or 1.
  return {
    userId: first.userId,
    displayName: first.displayName,
    isAdmin: Boolean(first.isAdmin),
    offices: offices.sort(byName),
  };
}

interface MemberRow {
  userId: string;
  displayName: string | null;
  isAdmin: boolean | number;
  officeId: number | null;
  officeName: string | null;
}

async function requireMember(tx: Tx, userId: string): Promise<MemberView> {
  const member = await getMember(tx, userId);
  if (!member) throw new Error(`El miembro ${userId} desapareció dentro de su propia transacción.`);
  return member;
}

/** Who to notify about activities of these offices, each member once. */
export async function membersOfOffices(db: Db, officeIds: number[]): Promise<OfficeMembers[]> {
  const inOffices = { officeId: { in: officeIds } };
  const members = await db.member.findMany({
    where: { offices: { some: inOffices } },
    orderBy: { userId: 'asc' },
    select: { userId: true, displayName: true, offices: { where: inOffices, select: { officeId: true } } },
  });
  return members.map(({ offices, ...member }) => ({
    ...member,
    officeIds: offices.map(({ officeId }) => officeId).sort((a, b) => a - b),
  }));
}

export async function listOffices(db: Db, planId?: number): Promise<OfficeListing[]> {
  const current = { retiredAt: null, ...(planId === undefined ? {} : { planId }) };
  const offices = await db.office.findMany({
    select: {
      id: true,
      name: true,
      key: true,
      members: { select: { member: { select: { userId: true } } } },
      _count: { select: { activities: { where: { activity: current } } } },
    },
  });
  return offices
    .map(({ members, _count, ...office }) => ({
      ...office,
      members: members.map(({ member }) => member.userId).sort(),
      activityCount: _count.activities,
    }))
    .sort(byName);
}

/** Exact match ignoring case and accents; else the only office whose name contains the text. */
export async function findOfficeByName(db: Db, text: string): Promise<OfficeMatch> {
  const wanted = foldText(text);
  if (wanted === '') return { office: null, candidates: [] };
  const offices = await db.office.findMany({ select: { id: true, name: true, key: true } });
  const exact = offices.find((office) => office.key === officeKey(text));
  if (exact) return { office: exact, candidates: [] };
  const partial = offices.filter((office) => office.key.includes(wanted)).sort(byName);
  const [only] = partial;
  if (only && partial.length === 1) return { office: only, candidates: [] };
  if (partial.length > 0) return { office: null, candidates: partial.map(({ name }) => name) };
  return {
    office: null,
    candidates: [],
    nearest: nearestNames(
      text,
      offices.map(({ name }) => name),
      foldText,
    ),
  };
}
