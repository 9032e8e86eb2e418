import type { RateBudget } from '../../config/index.js';

/**
 * GCRA (the generic cell rate algorithm) for one process, over several buckets at once: a request
 * is let through when every bucket it draws from has room, else told how long until they do. The
 * same arithmetic runs in Redis (`redis-scripts.ts`) when the budget is shared. (It can also book a
 * later slot, with `maxWaitMs` > 0; the budget does not, see `paced-queue.ts`.)
 *
 * Per bucket: `interval` = 60 000 / perMinute ms between requests; a request may go at time t when
 * t >= tat - interval * (burst - 1), where tat is the theoretical arrival time; it moves tat to
 * max(tat, t) + interval. From idle that lets `burst` go at once, then one per interval: the same
 * as a token bucket of `burst` tokens refilled at `perMinute`.
 */
export class LocalGcra {
  private readonly intervals: number[];
  private readonly tolerances: number[];
  private readonly tats: number[];
  private pausedUntil = 0;

  /**
   * @param startEmpty begin with no burst available (used when taking over from a shared budget
   *   whose state is unknown: a full burst at that moment could be the one that overflows the tenant).
   */
  constructor(budgets: readonly RateBudget[], now: number, startEmpty = false) {
    this.intervals = budgets.map((b) => 60_000 / b.perMinute);
    this.tolerances = budgets.map((b, i) => this.intervals[i]! * (Math.max(1, b.burst) - 1));
    this.tats = budgets.map((_, i) => (startEmpty ? now + this.tolerances[i]! : now));
  }

  /**
   * Books a slot for a request drawing from the buckets at `indexes`. Returns the wait until the
   * slot, or `booked: false` (nothing taken) when it is further away than `maxWaitMs`.
   */
  take(indexes: readonly number[], now: number, maxWaitMs = Number.POSITIVE_INFINITY, weight = 1): { booked: boolean; waitMs: number } {
    // A weight of n (a GraphQL document's points) is n cells at once: it needs n - 1 more cells of room.
    let at = Math.max(now, this.pausedUntil);
    for (const i of indexes) at = Math.max(at, Math.max(this.tats[i]!, now) - this.tolerances[i]! + (weight - 1) * this.intervals[i]!);
    const waitMs = at - now;
    if (waitMs > maxWaitMs) return { booked: false, waitMs };
    for (const i of indexes) this.tats[i] = Math.max(this.tats[i]!, now, at) + weight * this.intervals[i]!;
    return { booked: true, waitMs };
  }

  /** Requests the bucket at `index` would let through at once, now (0 while paused). */
  available(index: number, now: number): number {
    if (this.pausedUntil > now) return 0;
    const tat = Math.max(this.tats[index]!, now);
    return Math.max(0, Math.floor((now + this.tolerances[index]! - tat) / this.intervals[index]!) + 1);
  }

  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }
}

/** The part of a budget one of `instances` sharers may spend on its own (at least 1 request of burst). */
export function shareOf(budget: RateBudget, instances: number): RateBudget {
  const n = Math.max(1, instances);
  return { perMinute: budget.perMinute / n, burst: Math.max(1, Math.floor(budget.burst / n)) };
}
