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
    // Reservations happen synchronously in call order, so the waits are 0, 0, 1000, 2000, 3000.
    await Promise.all(
      Array.from({ length: 5 }, () => bucket.acquire().then(() => grantedAt.push(clock.now() - start))),
    );
    expect(clock.sleeps).toEqual([1_000, 2_000, 3_000]);
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

  it('holdFor makes the next caller wait out the server-announced window', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 60, burst: 10 }, clock);
    bucket.holdFor(5_000);
    await bucket.acquire();
    expect(clock.sleeps).toEqual([6_000]);
  });

  it('gives the token back when the waiting caller aborts', async () => {
    const clock = createManualClock();
    const bucket = new TokenBucket({ perMinute: 60, burst: 1 }, clock);
    await bucket.acquire();
    const aborted = AbortSignal.abort(new Error('caller gave up'));
    await expect(bucket.acquire(aborted)).rejects.toThrow('caller gave up');
    expect(bucket.snapshot().tokens).toBe(0);
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
