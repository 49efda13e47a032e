import type { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHomeRefresher, type HomeRefresh } from '../../../../src/platforms/slack/services/homeRefresh.js';

const client = {} as webApi.WebClient;

afterEach(() => {
  vi.useRealTimers();
});

describe('createHomeRefresher', () => {
  it('publishes once per person after the window, everyone in it together, however many changes came', async () => {
    vi.useFakeTimers();
    const refresh = vi.fn<HomeRefresh>(async () => undefined);
    const homes = createHomeRefresher(refresh, 1000);
    homes.schedule(client, 'U1');
    await vi.advanceTimersByTimeAsync(400);
    homes.schedule(client, 'U1');
    homes.schedule(client, 'U2');
    await vi.advanceTimersByTimeAsync(599);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenCalledOnce();
    expect(refresh.mock.calls[0]?.[1].sort()).toEqual(['U1', 'U2']);
    homes.schedule(client, 'U1');
    await vi.advanceTimersByTimeAsync(1000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(refresh).toHaveBeenLastCalledWith(client, ['U1']);
  });

  it('runs refreshes one after another, so an older view never lands last', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const homes = createHomeRefresher(async () => {
      const call = ++calls;
      order.push(`start ${call}`);
      if (call === 1) await first;
      order.push(`end ${call}`);
    }, 60_000);
    homes.schedule(client, 'U1');
    const flushed = homes.flush();
    homes.schedule(client, 'U1');
    const both = homes.flush();
    release();
    await Promise.all([flushed, both]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('flush publishes what is still waiting and resolves once it is out', async () => {
    const refresh = vi.fn<HomeRefresh>(async () => undefined);
    const homes = createHomeRefresher(refresh, 60_000);
    homes.schedule(client, 'U1');
    await homes.flush();
    expect(refresh).toHaveBeenCalledWith(client, ['U1']);
    await homes.flush();
    expect(refresh).toHaveBeenCalledOnce();
  });
});
