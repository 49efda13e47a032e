import type { webApi } from '@slack/bolt';
import { withoutLogFields } from '../../../logger.js';

/** How long a Home refresh waits for more changes before it publishes. */
export const HOME_REFRESH_WINDOW_MS = 1000;

/** Publishes the Home tabs of `userIds`, all from one read of the plan. */
export type HomeRefresh = (client: webApi.WebClient, userIds: string[]) => Promise<void>;

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
 * Coalesces Home tab refreshes. Rebuilding a Home tab reads the whole plan, which costs more than
 * the entry that prompted it: someone logging several entries in a row gets one `views.publish`,
 * and everyone whose entries fall in the same window shares one read of the plan. Batches run one
 * after another, so an older view never lands after a newer one. `refresh` handles its own
 * failures (a Home tab is never worth failing a save).
 */
export function createHomeRefresher(refresh: HomeRefresh, windowMs = HOME_REFRESH_WINDOW_MS): HomeRefresher {
  let pending = new Map<string, webApi.WebClient>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const start = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    running = running.then(async () => {
      for (const [client, userIds] of usersByClient(batch)) await refresh(client, userIds);
    });
  };

  return {
    schedule(client, userId) {
      pending.set(userId, client);
      // A batch is nobody's request: its lines do not take the ID of whichever request started the timer.
      timer ??= withoutLogFields(() => setTimeout(start, windowMs));
    },
    async flush() {
      start();
      await running;
    },
  };
}

/** One app has one client; grouping keeps each refresh on the client its request came with anyway. */
function usersByClient(batch: ReadonlyMap<string, webApi.WebClient>): Map<webApi.WebClient, string[]> {
  const groups = new Map<webApi.WebClient, string[]>();
  for (const [userId, client] of batch) {
    const users = groups.get(client);
    if (users === undefined) groups.set(client, [userId]);
    else users.push(userId);
  }
  return groups;
}
