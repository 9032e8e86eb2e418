/**
 * Per-client rate limit (`TI_GRAPH_CLIENT_RATE=N/min[,burst]`): a token bucket per client identity,
 * so one app (or one leaked token) cannot spend the whole tenant budget. In memory, per instance.
 */
import type { RateBudget } from '../../config/index.js';
import { ClientRateLimitError } from '../../errors/index.js';
import type { ClientIdentity } from './types.js';

export interface ClientRateLimiter {
  /** Takes one request from the client's bucket. @throws ClientRateLimitError (with the wait) when it is empty. */
  take(client: ClientIdentity): void;
}

/** Buckets kept before the full (idle) ones are swept out. */
const MAX_BUCKETS = 10_000;

export function createClientRateLimiter(budget: RateBudget, now: () => number = () => performance.now()): ClientRateLimiter {
  const perMs = budget.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, t: number) => {
    bucket.tokens = Math.min(budget.burst, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
  };
  return {
    take(client) {
      const key = `${client.via}:${client.name}`;
      const t = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_BUCKETS) {
          // A full bucket holds no state worth keeping: dropping it is the same as recreating it.
          for (const [k, b] of buckets) {
            refill(b, t);
            if (b.tokens >= budget.burst) buckets.delete(k);
          }
        }
        bucket = { tokens: budget.burst, at: t };
        buckets.set(key, bucket);
      } else {
        refill(bucket, t);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      throw new ClientRateLimitError(client.name, Math.ceil((1 - bucket.tokens) / perMs));
    },
  };
}
