/**
 * Waiting between attempts, for both retry layers (the REST client's and the SDK's): exponential
 * backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter") and a sleep
 * that an AbortSignal cuts short. Dependency-free: the browser SDK imports this file directly.
 */

export interface BackoffPolicy {
  /** Ceiling of the first retry's wait; doubles each retry. */
  baseDelayMs: number;
  /** No wait is longer. */
  maxDelayMs: number;
}

/**
 * A uniformly random delay in [0, min(maxDelay, base * 2^(retry-1))). Full jitter spreads a herd of
 * clients that were refused together.
 * @param retry 1 for the first retry (after the first failed attempt), 2 for the second, ...
 * @param random a uniform [0, 1) source, injectable so tests get exact delays.
 */
export function fullJitterDelayMs(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(retry - 1, 0), 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/** Resolves after `ms`; rejects with the signal's reason as soon as it aborts (at once if it already has). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    if (ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
