import type { RetryPolicy } from '../../config/index.js';
import { fullJitterDelayMs } from '../../util/index.js';

/** Full-jitter backoff for the REST retry layer (the one implementation is in src/util). */
export function backoffDelayMs(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  return fullJitterDelayMs(retry, policy, random);
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3).
 * Returns the wait in ms from `now`, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * `X-RateLimit-Reset` is not standardised: vendors send epoch seconds, epoch milliseconds or
 * seconds until the window resets. Values too large to be a window length are read as epochs.
 * Returns the wait in ms from `now`, or undefined when absent or unreadable.
 */
export function parseRateLimitReset(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  if (n >= 1e12) return Math.max(0, Math.ceil(n - now)); // epoch milliseconds
  if (n >= 1e9) return Math.max(0, Math.ceil(n * 1000 - now)); // epoch seconds
  return Math.ceil(n * 1000); // seconds from now
}

/**
 * The server's own wait hint on a response: `Retry-After` (any status, e.g. 429 or 503), else
 * `X-RateLimit-Reset` when it applies, i.e. on a 429 or when `X-RateLimit-Remaining` is 0. A reset
 * time on other responses only says when the window rolls over, not that we must wait for it.
 */
export function serverWaitHintMs(status: number, headers: Headers, now: number): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const spent = status === 429 || headers.get('x-ratelimit-remaining')?.trim() === '0';
  return spent ? parseRateLimitReset(headers.get('x-ratelimit-reset'), now) : undefined;
}
