import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../logger.js';

/** How long a name lookup may take before the payload's handle is used: the 3 s ack budget comes first. */
export const NAME_LOOKUP_TIMEOUT_MS = 1500;
const CACHE_TTL_MS = 60 * 60 * 1000;

const userInfoSchema = z.object({
  user: z.object({
    real_name: z.string().optional(),
    profile: z.object({ real_name: z.string().optional(), display_name: z.string().optional() }).optional(),
  }),
});

export type NameLookup = (client: webApi.WebClient, userId: string, fallback: string | null) => Promise<string | null>;

function bestName(info: z.infer<typeof userInfoSchema>): string | null {
  const candidates = [info.user.profile?.real_name, info.user.real_name, info.user.profile?.display_name];
  return candidates.find((name) => name !== undefined && name.trim() !== '') ?? null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * Real names ("María Gómez") for progress history and exports, read with users.info and cached
 * for an hour. A failure or a slow answer falls back to the handle Slack put in the payload:
 * a missing name must never block logging progress.
 */
export function createNameLookup(logger: Logger, now: () => number = Date.now): NameLookup {
  const cache = new Map<string, { name: string | null; until: number }>();
  return async (client, userId, fallback) => {
    const cached = cache.get(userId);
    if (cached !== undefined && cached.until > now()) return cached.name ?? fallback;
    try {
      const info = userInfoSchema.parse(await withTimeout(client.users.info({ user: userId }), NAME_LOOKUP_TIMEOUT_MS));
      const name = bestName(info);
      cache.set(userId, { name, until: now() + CACHE_TTL_MS });
      return name ?? fallback;
    } catch (error) {
      logger.warn(
        { userId, err: error instanceof Error ? error.message : String(error) },
        'users.info failed; using the handle',
      );
      return fallback;
    }
  };
}
