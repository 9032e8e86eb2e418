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

  /** Takes `cost` tokens (1 per request; a GraphQL document's points for a points bucket), or none when fewer are left. */
  take(now: number = Date.now(), cost = 1): BucketState {
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perMs);
    this.last = now;
    const need = Math.max(0, cost);
    const allowed = this.tokens >= need;
    if (allowed) this.tokens -= need;
    // Refused: until this cost fits; allowed: until the next single token.
    const wanted = allowed ? 1 : need;
    const msToNext = this.tokens >= wanted ? 0 : (wanted - this.tokens) / this.perMs;
    return {
      allowed,
      limit: this.perMinute,
      remaining: Math.floor(this.tokens),
      resetEpochSeconds: Math.ceil((now + msToNext) / 1000),
      retryAfterSeconds: Math.max(1, Math.ceil(msToNext / 1000)),
    };
  }
}
