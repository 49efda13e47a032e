import { activityCompliance } from '../domain/compliance.js';
import { isoDateInZone } from '../domain/dates.js';
import type { IsoDate, ScheduleKind, StatusBands, TargetUnit } from '../domain/types.js';
import type { PlanView, PlanViewActivity } from '../storage/planView.js';
import type { ProgressRecord } from '../storage/progress.js';
import type { CommandContext } from './context.js';
import type { ActivityView, EntryView, PlanRef } from './replies.js';

export function todayOf(ctx: Pick<CommandContext, 'now' | 'timeZone'>): IsoDate {
  return isoDateInZone(ctx.now, ctx.timeZone);
}

export function planRefOf(view: PlanView): PlanRef {
  return { id: view.plan.id, entity: view.plan.entity, from: view.plan.startsOn, to: view.plan.endsOn };
}

export function nextDueOn(dueDates: readonly IsoDate[], today: IsoDate): IsoDate | null {
  return dueDates.find((due) => due >= today) ?? null;
}

export function activityViewOf(
  view: PlanView,
  activity: PlanViewActivity,
  today: IsoDate,
  bands: StatusBands,
): ActivityView {
  const subcomponent = view.subcomponents.find((s) => s.id === activity.subcomponentId);
  const compliance = activityCompliance(
    {
      code: activity.code,
      subcomponentCode: subcomponent?.code ?? '',
      target: activity.target,
      progress: activity.progress,
      dueDates: activity.dueDates,
    },
    today,
    bands,
  );
  return {
    id: activity.id,
    code: activity.code,
    title: activity.title,
    product: activity.product,
    subcomponent: { code: subcomponent?.code ?? '', name: subcomponent?.name ?? '' },
    offices: activity.offices,
    target: activity.target,
    unit: activity.unit as TargetUnit,
    progress: activity.progress,
    ratio: compliance.ratio,
    status: compliance.status,
    state: compliance.state,
    schedule: { text: activity.scheduleText, kind: activity.scheduleKind as ScheduleKind, dueDates: activity.dueDates },
    nextDueOn: nextDueOn(activity.dueDates, today),
  };
}

export function activityViewsOf(view: PlanView, today: IsoDate, bands: StatusBands): ActivityView[] {
  return view.activities.map((activity) => activityViewOf(view, activity, today, bands));
}

export function entryViewOf(entry: ProgressRecord): EntryView {
  return {
    id: entry.id,
    amount: entry.amount,
    note: entry.note,
    evidenceUrl: entry.evidenceUrl,
    authorId: entry.authorId,
    authorName: entry.authorName,
    source: entry.source,
    effectiveOn: entry.effectiveOn,
    recordedAt: entry.recordedAt.toISOString(),
    correctsId: entry.correctsId,
  };
}
