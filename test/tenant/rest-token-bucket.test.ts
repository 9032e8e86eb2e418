import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/tenant/index.js';
import { createManualClock } from '../helpers/manual-clock.js';

describe('TokenBucket', () => {
  it('serves the burst at once, then one token per 60000/perMinute ms', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 120, burst: 3 }, clock);
    for (let i = 0; i < 3; i++) await bucket.acquire();
    expect(clock.sleeps).toEqual([]);
    await bucket.acquire();
    await bucket.acquire();
    expect(clock.sleeps).toEqual([500, 500]);
    const stats = bucket.snapshot();
    expect(stats).toMatchObject({ acquired: 5, waited: 2, waitedMs: 1_000 });
  });

  it('queues concurrent callers in order without exceeding the budget', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 60, burst: 2 }, clock);
    const start = clock.now();
    const grantedAt: number[] = [];
    // Two go at once, then one per second, in call order.
    await Promise.all(
      Array.from({ length: 5 }, () => bucket.acquire().then(() => grantedAt.push(clock.now() - start))),
    );
    expect(clock.sleeps).toEqual([1_000, 1_000, 1_000]);
    expect(grantedAt).toEqual([0, 0, 1_000, 2_000, 3_000]);
    // In any 2 s window at most burst (2) + 2 s * 1/s = 4 requests were let through.
    for (const from of grantedAt) {
      expect(grantedAt.filter((t) => t >= from && t < from + 2_000).length).toBeLessThanOrEqual(4);
    }
  });

  it('refills while idle, never above the burst', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 600, burst: 2 }, clock);
    await bucket.acquire();
    await bucket.acquire();
    clock.advance(60_000);
    expect(bucket.snapshot().tokens).toBe(2);
    await bucket.acquire();
    await bucket.acquire();
    await bucket.acquire();
    expect(clock.sleeps).toEqual([100]);
  });

  it('drops a waiting caller that aborts, without spending a token on it', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 60, burst: 1 }, clock);
    await bucket.acquire();
    const controller = new AbortController();
    const gaveUp = bucket.acquire(controller.signal);
    const next = bucket.acquire();
    expect(bucket.snapshot().queued).toBe(2);
    controller.abort(new Error('caller gave up'));
    await expect(gaveUp).rejects.toThrow('caller gave up');
    await next;
    expect(bucket.snapshot()).toMatchObject({ acquired: 2, queued: 0 });
    expect(clock.sleeps).toEqual([1_000]); // the survivor got the first new token
  });

  it('after a stall, releases at most the burst at once (tokens are counted at release)', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 60, burst: 2 }, clock);
    const start = clock.now();
    const releasedAt: number[] = [];
    await bucket.acquire();
    await bucket.acquire();
    const waiting = Array.from({ length: 6 }, () => bucket.acquire().then(() => releasedAt.push(clock.now() - start)));
    clock.advance(10_000); // the process was frozen for 10 s: the bucket refilled to its burst only
    await Promise.all(waiting);
    expect(releasedAt.slice(0, 2)).toEqual([10_000, 10_000]);
    expect(releasedAt.slice(2)).toEqual([11_000, 12_000, 13_000, 14_000]);
  });

  it('reports the busy ratio: the share of elapsed time callers spent queued', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 60, burst: 1 }, clock);
    await bucket.acquire(); // free
    await bucket.acquire(); // waits 1000
    clock.advance(1_000); // idle for 1000
    expect(bucket.snapshot().busyRatio).toBeCloseTo(0.5, 5);
  });

  it('rejects a budget that cannot work', () => {
    expect(() => new TokenBucket({ perMinute: 0, burst: 1 })).toThrow(RangeError);
  });
});
