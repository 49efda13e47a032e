import { buildDigest, DIGEST_RECENT_DAYS, type Digest, type DigestActivityInput } from '../domain/digest.js';
import { localMoment } from '../domain/reminders/index.js';
import type { IsoDate, StatusBands } from '../domain/types.js';
import type { Db } from '../storage/database.js';
import { membersOfOffices } from '../storage/members.js';
import { loadPlanView, type PlanView } from '../storage/planView.js';
import { recentProgress } from '../storage/progress.js';

// The weekly digest's content, read from storage and shaped by the domain. How it is shown is the
// caller's: Slack blocks and the chart in src/jobs, plain text in ./text.ts.

const DAY_MS = 86_400_000;

async function memberCounts(db: Db, view: PlanView): Promise<Map<number, number>> {
  const officeIds = [...new Set(view.activities.flatMap((a) => a.offices.map((o) => o.id)))];
  const counts = new Map<number, number>();
  for (const member of await membersOfOffices(db, officeIds)) {
    for (const id of member.officeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function digestActivities(view: PlanView, counts: ReadonlyMap<number, number>): DigestActivityInput[] {
  const codeOf = new Map(view.subcomponents.map((s) => [s.id, s.code]));
  return view.activities.map((a) => ({
    id: a.id,
    code: a.code,
    title: a.title,
    subcomponentCode: codeOf.get(a.subcomponentId) ?? '',
    target: a.target,
    unit: a.unit,
    progress: a.progress,
    dueDates: a.dueDates,
    offices: a.offices.map((o) => ({ ...o, memberCount: counts.get(o.id) ?? 0 })),
  }));
}

/** The plan's digest on the day `now` falls on (in the plan's zone), with progress up to that day. */
export async function loadDigest(
  db: Db,
  planId: number,
  now: Date,
  options: { timeZone: string; bands: StatusBands },
): Promise<Digest> {
  const today: IsoDate = localMoment(now, options.timeZone).date;
  const view = await loadPlanView(db, planId, { asOf: today });
  const since = new Date(now.getTime() - DIGEST_RECENT_DAYS * DAY_MS);
  const [counts, entries] = await Promise.all([memberCounts(db, view), recentProgress(db, planId, since)]);
  const activities = digestActivities(view, counts);
  const unitOf = new Map(activities.map((a) => [a.code, a.unit]));
  return buildDigest({
    plan: { id: view.plan.id, entity: view.plan.entity, startsOn: view.plan.startsOn, endsOn: view.plan.endsOn },
    subcomponents: view.subcomponents.map((s) => ({ code: s.code, name: s.name })),
    activities,
    recentEntries: entries
      .filter((entry) => entry.recordedAt <= now)
      .map((entry) => ({
        activityCode: entry.activityCode,
        activityTitle: entry.activityTitle,
        amount: entry.amount,
        unit: unitOf.get(entry.activityCode) ?? 'count',
        note: entry.note,
        evidenceUrl: entry.evidenceUrl,
        author: entry.authorName ?? entry.authorId,
        effectiveOn: entry.effectiveOn,
      })),
    today,
    bands: options.bands,
  });
}
