/**
 * The server side of a rate limit: `burst` tokens, refilled continuously at `perMinute`. Driven by
 * the wall clock (a test can pass its own `now`).
 */
export interface BucketState {
  allowed: boolean;
  limit: number;
  /** Whole tokens left after this request. */
  remaining: number;
  /** Epoch seconds when the next token is available (now, if one is). */
  resetEpochSeconds: number;
  /** Seconds until a token is available (at least 1) when refused. */
  retryAfterSeconds: number;
}

export class ServerTokenBucket {
  private tokens: number;
  private last: number;
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    now: number = Date.now(),
  ) {
    this.tokens = burst;
    this.last = now;
    this.perMs = perMinute / 60_000;
  }

  take(now: number = Date.now()): BucketState {
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const msToNext = this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perMs;
    return {
      allowed,
      limit: this.perMinute,
      remaining: Math.floor(this.tokens),
      resetEpochSeconds: Math.ceil((now + msToNext) / 1000),
      retryAfterSeconds: Math.max(1, Math.ceil(msToNext / 1000)),
    };
  }
}
