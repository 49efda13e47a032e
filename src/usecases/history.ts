import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns/lightFormat';
import { formatShortDate, isoDateInZone } from '../domain/dates.js';
import type { CommandContext } from './context.js';
import { activityStatus } from './estado.js';
import { correctionsByEntry } from './renderText.js';
import type { ActivityHistory, EntryView } from './replies.js';

function recordedLocal(entry: EntryView, timeZone: string): string {
  const instant = new Date(entry.recordedAt);
  return `${formatShortDate(isoDateInZone(instant, timeZone))}, ${lightFormat(new TZDate(instant, timeZone), 'HH:mm')}`;
}

/** The whole trail of activity `code`: every entry with who, when, how much, note, evidence and corrections. */
export async function activityHistory(ctx: CommandContext, code: string): Promise<ActivityHistory> {
  const reply = await activityStatus(ctx, code);
  if (reply.kind !== 'activity-status') throw new Error(`activityStatus answered ${reply.kind}`);
  const corrections = correctionsByEntry(reply.history);
  return {
    plan: reply.plan,
    activity: reply.activity,
    ...(reply.retiredOn === undefined ? {} : { retiredOn: reply.retiredOn }),
    entries: reply.history.map((entry) => ({
      ...entry,
      correctedBy: corrections.get(entry.id) ?? [],
      recordedLocal: recordedLocal(entry, ctx.timeZone),
    })),
  };
}
