/**
 * The points bucket's arithmetic, on a manual clock: a draw of n points needs n points of room,
 * refills at the rate, waits in FIFO order, and past a caller's longest wait is refused with the
 * wait it would have taken (what becomes Retry-After).
 */
import { describe, expect, it } from 'vitest';
import { createPointsBudget } from '../../src/tenant/budget/index.js';
import { createManualClock } from '../helpers/manual-clock.js';

describe('the points bucket (local GCRA, weighted)', () => {
  // 6,000 points a minute: 10 ms a point; 1,000 at once.
  const make = () => {
    const clock = createManualClock();
    return { clock, budget: createPointsBudget({ apiKey: 'k', points: { perMinute: 6_000, burst: 1_000 }, instances: undefined, redisUrl: undefined, clock }) };
  };

  it('lets a burst of points through at once, then refuses a draw past the wait with the exact wait', async () => {
    const { budget } = make();
    expect(await budget.acquire(800)).toEqual({ granted: true, waitedMs: 0 });
    expect(await budget.acquire(200)).toEqual({ granted: true, waitedMs: 0 });
    // Empty: 76 points are 760 ms away.
    expect(await budget.acquire(76, { maxWaitMs: 100 })).toEqual({ granted: false, waitMs: 760 });
    expect(budget.stats()).toMatchObject({ acquired: 2, points: 1_000, refused: 1, mode: 'local' });
  });

  it('waits for the refill within the caller wait, in arrival order, and a free document costs nothing', async () => {
    const { clock, budget } = make();
    await budget.acquire(1_000);
    const start = clock.now();
    const order: string[] = [];
    const first = budget.acquire(300, { maxWaitMs: 10_000 }).then((r) => (order.push('first'), r));
    const second = budget.acquire(100, { maxWaitMs: 10_000 }).then((r) => (order.push('second'), r));
    expect(await budget.acquire(0)).toEqual({ granted: true, waitedMs: 0 });
    expect(await first).toEqual({ granted: true, waitedMs: 3_000 });
    expect(await second).toEqual({ granted: true, waitedMs: 4_000 });
    expect(order).toEqual(['first', 'second']);
    expect(clock.now() - start).toBe(4_000);
  });
});
