/**
 * When the SDK tries a query again. Only queries are retried (a mutation that timed out may have
 * happened; sending it again could create a second user), only for failures that say "try later",
 * and only a bounded number of times with exponential backoff and full jitter.
 */
import type { GatewayError } from '../errors/index.js';
// The file, not the util door: the door also exports the (Node-only) logger, and this SDK is bundled for browsers.
import { fullJitterDelayMs, sleep } from '../util/backoff.js';

export { sleep };

export interface RetryOptions {
  /** Total attempts including the first; 1 turns retries off. */
  maxAttempts: number;
  /** Backoff ceiling of the first retry; doubles each time. */
  baseDelayMs: number;
  /** No single wait is longer; a server asking for more (Retry-After) makes the SDK give up instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 4_000 };

const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Whether a failure is worth another attempt: the network, rate limiting, or a proxy in front of
 * the gateway. UPSTREAM_ERROR is not: the gateway already retried the tenant with its own budget,
 * and multiplying retries at every layer multiplies load on a tenant that is struggling.
 */
export function isTransient(error: GatewayError): boolean {
  if (error.code === 'NETWORK_ERROR' || error.code === 'RATE_LIMITED') return true;
  return error.errors.length === 0 && error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined to give up now. A server hint
 * (`retryAfterMs`) is honoured when it fits under `maxDelayMs`.
 */
export function retryDelay(
  attempt: number,
  options: RetryOptions,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= options.maxAttempts) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= options.maxDelayMs ? retryAfterMs : undefined;
  return fullJitterDelayMs(attempt, options, random);
}
