import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import type { Db } from '../../storage/database.js';

const eventEnvelopeSchema = z.object({ event_id: z.string().min(1), event: z.object({ type: z.string() }) });

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/**
 * Claims an Events API delivery. Slack redelivers an event it thinks was lost (x-slack-retry-num),
 * and several instances may receive copies: the unique key in Delivery lets exactly one proceed.
 */
export async function claimEvent(db: Db, eventId: string, type: string, now: Date): Promise<boolean> {
  try {
    await db.delivery.create({
      data: { key: `event:${eventId}`, kind: 'event', status: 'sent', payload: JSON.stringify({ type }), sentAt: now },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Listener middleware for events: an event already claimed stops here. */
export function onlyOncePerEvent(
  db: Db,
  clock: () => Date,
  onDuplicate: (eventId: string) => void,
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    if (!envelope.success) return next();
    const { event_id: eventId, event } = envelope.data;
    if (await claimEvent(db, eventId, event.type, clock())) return next();
    onDuplicate(eventId);
  };
}
