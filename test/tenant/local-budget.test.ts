/**
 * The tenant budget without Redis: what the REST client draws from when it is given no shared
 * budget (`tenant.rateBudget`, this process's own), and what a shared budget falls back to. These
 * are the cases the REST client's former token bucket was held to, asserted on the budget.
 */
import { describe, expect, it } from 'vitest';
import type { RateBudget } from '../../src/config/index.js';
import { createTenantBudget } from '../../src/tenant/budget/index.js';
import { createManualClock, type ManualClock } from '../helpers/manual-clock.js';

const localBudget = (requests: RateBudget, clock?: ManualClock) =>
  createTenantBudget({ apiKey: 'ti_test_key', requests, writes: undefined, instances: undefined, redisUrl: undefined, ...(clock ? { clock } : {}) });

describe('the local tenant budget (the REST client\'s own)', () => {
  it('serves the burst at once, then one request per 60000/perMinute ms', async () => {
    const clock = createManualClock();
    const budget = localBudget({ perMinute: 120, burst: 3 }, clock);
    for (let i = 0; i < 3; i++) await budget.acquire('read');
    expect(clock.sleeps).toEqual([]);
    await budget.acquire('read');
    await budget.acquire('read');
    expect(clock.sleeps).toEqual([500, 500]);
    expect(budget.stats()).toMatchObject({ acquired: 5, waited: 2, waitedMs: 1_000 });
  });

  it('queues concurrent callers in order without exceeding the budget', async () => {
    const clock = createManualClock();
    const budget = localBudget({ perMinute: 60, burst: 2 }, clock);
    const start = clock.now();
    const grantedAt: number[] = [];
    // Two go at once, then one per second, in call order.
    await Promise.all(Array.from({ length: 5 }, () => budget.acquire('read').then(() => grantedAt.push(clock.now() - start))));
    expect(clock.sleeps).toEqual([1_000, 1_000, 1_000]);
    expect(grantedAt).toEqual([0, 0, 1_000, 2_000, 3_000]);
    // In any 2 s window at most burst (2) + 2 s * 1/s = 4 requests were let through.
    for (const from of grantedAt) {
      expect(grantedAt.filter((t) => t >= from && t < from + 2_000).length).toBeLessThanOrEqual(4);
    }
  });

  it('refills while idle, never above the burst', async () => {
    const clock = createManualClock();
    const budget = localBudget({ perMinute: 600, burst: 2 }, clock);
    await budget.acquire('read');
    await budget.acquire('read');
    clock.advance(60_000);
    expect(await budget.tokensLeft()).toBe(2);
    await budget.acquire('read');
    await budget.acquire('read');
    await budget.acquire('read');
    expect(clock.sleeps).toEqual([100]);
  });

  it('drops a waiting caller that aborts, without spending a slot on it', async () => {
    const clock = createManualClock();
    const budget = localBudget({ perMinute: 60, burst: 1 }, clock);
    await budget.acquire('read');
    const controller = new AbortController();
    const gaveUp = budget.acquire('read', { signal: controller.signal });
    const next = budget.acquire('read');
    expect(budget.stats().queued).toBe(2);
    controller.abort(new Error('caller gave up'));
    await expect(gaveUp).rejects.toThrow('caller gave up');
    await next;
    expect(budget.stats()).toMatchObject({ acquired: 2, queued: 0 });
    expect(clock.sleeps).toEqual([1_000]); // the survivor got the first new slot
  });

  it('after a stall, releases at most the burst at once (slots are taken at release)', async () => {
    const clock = createManualClock();
    const budget = localBudget({ perMinute: 60, burst: 2 }, clock);
    const start = clock.now();
    const releasedAt: number[] = [];
    await budget.acquire('read');
    await budget.acquire('read');
    const waiting = Array.from({ length: 6 }, () => budget.acquire('read').then(() => releasedAt.push(clock.now() - start)));
    // The queue asked for a slot and is asleep until the next one (t = 1 s)...
    for (let i = 0; i < 10 && clock.sleeps.length === 0; i++) await Promise.resolve();
    expect(clock.sleeps).toEqual([1_000]);
    clock.advance(10_000); // the process was frozen for 10 s: the bucket refilled to its burst only
    await Promise.all(waiting);
    expect(releasedAt.slice(0, 2)).toEqual([10_000, 10_000]);
    expect(releasedAt.slice(2)).toEqual([11_000, 12_000, 13_000, 14_000]);
  });

  it('reports the busy ratio: the share of elapsed time callers spent queued', async () => {
    const clock = createManualClock();
    const budget = localBudget({ perMinute: 60, burst: 1 }, clock);
    await budget.acquire('read'); // free
    await budget.acquire('read'); // waits 1000
    clock.advance(1_000); // idle for 1000
    expect(budget.stats().busyRatio).toBeCloseTo(0.5, 5);
  });

  it('rejects a budget that cannot work', () => {
    expect(() => localBudget({ perMinute: 0, burst: 1 })).toThrow(RangeError);
  });
});
