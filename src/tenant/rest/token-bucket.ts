import type { RateBudget } from '../../config/index.js';
import { systemClock, type Clock } from './clock.js';

export interface TokenBucketStats {
  /** Tokens handed out (one per request attempt). */
  acquired: number;
  /** Acquisitions that had to wait for a token. */
  waited: number;
  /** Total time callers spent waiting for tokens, summed over callers. */
  waitedMs: number;
  /** Time since the bucket was created. */
  elapsedMs: number;
  /**
   * Share of the elapsed time during which at least one caller was waiting for a token: near 1
   * means the budget, not the work, sets the pace.
   */
  busyRatio: number;
  /** Tokens available right now (negative while callers are queued). */
  tokens: number;
}

/**
 * A client-side token bucket: `burst` tokens, refilled at `perMinute` per minute. Callers reserve
 * a token and wait until it exists, so concurrent callers queue in FIFO order without polling and
 * the request rate stays under the budget instead of discovering it through 429s.
 */
export class TokenBucket {
  readonly budget: RateBudget;
  private readonly clock: Clock;
  private readonly perMs: number;
  private readonly createdAt: number;
  private tokens: number;
  private refilledAt: number;
  private stats = { acquired: 0, waited: 0, waitedMs: 0 };
  /** Union of waiting intervals, for busyRatio: end of the latest one and the covered total. */
  private busyUntil = 0;
  private busyMs = 0;

  constructor(budget: RateBudget, clock: Clock = systemClock) {
    if (!(budget.perMinute > 0) || !(budget.burst >= 1)) {
      throw new RangeError(`rate budget needs perMinute > 0 and burst >= 1, got ${budget.perMinute}/min burst ${budget.burst}`);
    }
    this.budget = budget;
    this.clock = clock;
    this.perMs = budget.perMinute / 60_000;
    this.createdAt = clock.now();
    this.refilledAt = this.createdAt;
    this.tokens = budget.burst;
  }

  /** Waits until a token is available and takes it. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const waitMs = this.reserve();
    this.stats.acquired++;
    if (waitMs <= 0) return;
    this.stats.waited++;
    this.stats.waitedMs += waitMs;
    this.markBusy(waitMs);
    try {
      await this.clock.sleep(waitMs, signal);
    } catch (error) {
      this.tokens += 1; // give the reservation back: this caller will not send
      throw error;
    }
  }

  /**
   * Holds every token until `ms` from now, e.g. when the tenant said the window is exhausted
   * (429 with Retry-After / X-RateLimit-Reset), so queued callers do not walk into the same 429.
   */
  holdFor(ms: number): void {
    this.refill();
    this.tokens = Math.min(this.tokens, -ms * this.perMs);
  }

  snapshot(): TokenBucketStats {
    this.refill();
    const elapsedMs = Math.max(0, this.clock.now() - this.createdAt);
    const now = this.clock.now();
    const busyMs = this.busyMs - Math.max(0, this.busyUntil - now); // only the part already elapsed
    return {
      ...this.stats,
      elapsedMs,
      busyRatio: elapsedMs > 0 ? Math.min(1, Math.max(0, busyMs) / elapsedMs) : 0,
      tokens: this.tokens,
    };
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = now - this.refilledAt;
    if (elapsed > 0) {
      this.tokens = Math.min(this.budget.burst, this.tokens + elapsed * this.perMs);
      this.refilledAt = now;
    }
  }

  /** Takes a token now (possibly driving the balance negative) and returns how long until it exists. */
  private reserve(): number {
    this.refill();
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.perMs);
  }

  private markBusy(waitMs: number): void {
    const now = this.clock.now();
    const end = now + waitMs;
    if (end <= this.busyUntil) return;
    this.busyMs += end - Math.max(now, this.busyUntil);
    this.busyUntil = end;
  }
}
