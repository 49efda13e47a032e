import type { webApi } from '@slack/bolt';

/** How long a Home refresh waits for more changes by the same person before it publishes. */
export const HOME_REFRESH_WINDOW_MS = 1000;

export type HomeRefresh = (client: webApi.WebClient, userId: string) => Promise<void>;

export interface HomeRefresher {
  /**
   * Refreshes the person's Home tab once the window has passed, once for everything scheduled
   * meanwhile, with the state as it is then. Returns at once: a reply never waits for it.
   */
  schedule(client: webApi.WebClient, userId: string): void;
  /** Runs every pending refresh now and waits for all of them: a shutdown calls this once requests drained. */
  flush(): Promise<void>;
}

/**
 * Coalesces Home tab refreshes per person. Rebuilding a Home tab reads the whole plan, which cost
 * more than the entry that prompted it; someone logging several entries in a row now gets one
 * `views.publish`. Refreshes of one person run one after another, so an older view never lands
 * after a newer one. `refresh` handles its own failures (a Home tab is never worth failing a save).
 */
export function createHomeRefresher(refresh: HomeRefresh, windowMs = HOME_REFRESH_WINDOW_MS): HomeRefresher {
  const pending = new Map<string, { timer: NodeJS.Timeout; client: webApi.WebClient }>();
  const running = new Map<string, Promise<void>>();

  const start = (userId: string) => {
    const waiting = pending.get(userId);
    if (waiting === undefined) return;
    clearTimeout(waiting.timer);
    pending.delete(userId);
    const next = (running.get(userId) ?? Promise.resolve()).then(() => refresh(waiting.client, userId));
    running.set(userId, next);
    void next.then(() => {
      if (running.get(userId) === next) running.delete(userId);
    });
  };

  return {
    schedule(client, userId) {
      if (pending.has(userId)) return;
      pending.set(userId, { timer: setTimeout(() => start(userId), windowMs), client });
    },
    async flush() {
      for (const userId of [...pending.keys()]) start(userId);
      await Promise.all(running.values());
    },
  };
}
