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
  /** Whole and fractional tokens available right now. */
  tokens: number;
  /** Callers waiting right now. */
  queued: number;
}

interface Waiter {
  enqueuedAt: number;
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * A client-side token bucket: `burst` tokens, refilled at `perMinute` per minute. Callers that find
 * no token queue in FIFO order; one pump releases them as tokens appear, re-reading the clock at
 * every release. Because tokens are counted at the moment a caller is let through (not promised in
 * advance), a stalled event loop cannot release more than `burst` at once when it wakes: in any
 * window of W ms at most burst + W * rate calls go out, which is what the tenant's own bucket checks.
 */
export class TokenBucket {
  readonly budget: RateBudget;
  private readonly clock: Clock;
  private readonly perMs: number;
  private readonly createdAt: number;
  private tokens: number;
  private refilledAt: number;
  private readonly queue: Waiter[] = [];
  private pumping = false;
  private counts = { acquired: 0, waited: 0, waitedMs: 0 };
  private busyMs = 0;
  private busySince: number | undefined;

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

  /** Waits until a token is available and takes it. Rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.refill();
    if (this.queue.length === 0 && this.tokens >= 1) {
      this.tokens -= 1;
      this.counts.acquired++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        enqueuedAt: this.clock.now(),
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          this.noteQueueChange();
          reject(signal!.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.noteQueueChange();
      this.pump();
    });
  }

  snapshot(): TokenBucketStats {
    this.refill();
    const now = this.clock.now();
    const elapsedMs = Math.max(0, now - this.createdAt);
    const busyMs = this.busyMs + (this.busySince !== undefined ? now - this.busySince : 0);
    return {
      ...this.counts,
      elapsedMs,
      busyRatio: elapsedMs > 0 ? Math.min(1, busyMs / elapsedMs) : 0,
      tokens: this.tokens,
      queued: this.queue.length,
    };
  }

  /** Releases queued callers while tokens last, then sleeps until the next token exists. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    const step = (): void => {
      this.refill();
      while (this.queue.length > 0 && this.tokens >= 1) {
        const waiter = this.queue.shift()!;
        this.tokens -= 1;
        this.counts.acquired++;
        this.counts.waited++;
        this.counts.waitedMs += this.clock.now() - waiter.enqueuedAt;
        waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.resolve();
      }
      this.noteQueueChange();
      if (this.queue.length === 0) {
        this.pumping = false;
        return;
      }
      const waitMs = Math.max(1, Math.ceil((1 - this.tokens) / this.perMs));
      void this.clock.sleep(waitMs).then(step);
    };
    step();
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = now - this.refilledAt;
    if (elapsed > 0) {
      this.tokens = Math.min(this.budget.burst, this.tokens + elapsed * this.perMs);
      this.refilledAt = now;
    }
  }

  private noteQueueChange(): void {
    const now = this.clock.now();
    if (this.queue.length > 0 && this.busySince === undefined) this.busySince = now;
    if (this.queue.length === 0 && this.busySince !== undefined) {
      this.busyMs += now - this.busySince;
      this.busySince = undefined;
    }
  }
}
