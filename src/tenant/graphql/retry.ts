/**
 * Retries of read-only calls to the tenant's GraphQL endpoint, under the REST client's policy
 * (`TI_RETRY_*`: attempts, full-jitter backoff, overall deadline) and its notion of what is worth
 * repeating (`isRetryable`: a network failure, a timeout, a 5xx), honouring a `Retry-After` on a
 * 503. Only queries come here: a document holding a mutation is sent once, whatever happens, since
 * a failed answer does not say whether it ran. Every attempt goes through the given `TenantHttp`,
 * so each one draws from the tenant's budget as the first did.
 *
 * Not retried: a 429 (the budget is spent; the gateway passes it on with Retry-After so the client
 * paces) and any answer the tenant gave with a usable status, errors or not.
 */
import type { RetryPolicy } from '../../config/index.js';
import { RateLimitedError, isRetryable } from '../../errors/index.js';
import { sleep, type Logger } from '../../util/index.js';
import { backoffDelayMs, serverWaitHintMs } from '../rest/backoff.js';
import type { PostOptions, TenantHttp, TenantHttpResponse } from './http.js';

export interface GraphqlRetryOptions {
  policy: RetryPolicy;
  /** The masked endpoint path, for log lines. */
  path: string;
  logger?: Logger | undefined;
  /** Uniform [0, 1) for the backoff's jitter (tests: fixed). */
  random?: () => number;
}

export interface QueryOptions extends PostOptions {
  /** Epoch ms past which no attempt starts (default: now + the policy's deadline). */
  deadline?: number;
}

/** POSTs a body of queries only, retried as above; answers like `TenantHttp.post`. */
export type PostQuery = (body: string | Buffer, options?: QueryOptions) => Promise<TenantHttpResponse>;

export function createQueryRetry(http: TenantHttp, options: GraphqlRetryOptions): PostQuery {
  const { policy, path, logger } = options;
  const random = options.random ?? Math.random;

  return async (body, queryOptions = {}) => {
    const deadline = queryOptions.deadline ?? Date.now() + policy.deadlineMs;
    for (let attempt = 1; ; attempt++) {
      let outcome: { response: TenantHttpResponse; error?: undefined } | { error: unknown; response?: undefined };
      try {
        const response = await http.post(body, queryOptions);
        if (response.status < 500) return response;
        outcome = { response };
      } catch (error) {
        // A budget that had no slot in time is a 429 of our own: passed on, not repeated.
        if (queryOptions.signal?.aborted || !isRetryable(error) || error instanceof RateLimitedError) throw error;
        outcome = { error };
      }
      const { response } = outcome;
      const hintMs = response ? serverWaitHintMs(response.status, new Headers(response.rateLimitHeaders), Date.now()) : undefined;
      const delayMs = hintMs ?? backoffDelayMs(attempt, policy, random);
      const failure = response ? `status ${response.status}` : outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      if (attempt >= policy.maxAttempts || Date.now() + delayMs >= deadline) {
        const why = attempt >= policy.maxAttempts ? 'attempts exhausted' : 'a retry would pass the deadline';
        logger?.warn({ path, attempts: attempt, err: failure }, `tenant GraphQL query failed; giving up: ${why}`);
        // The last answer goes to the caller as it came: the forwarder and the parser word it.
        if (response) return response;
        throw outcome.error;
      }
      logger?.debug({ path, attempt, delayMs, err: failure }, 'tenant GraphQL query failed; retrying');
      await sleep(delayMs, queryOptions.signal);
    }
  };
}

const QUERY_KEY = '"query":"';

/**
 * True when a body the gateway printed itself (graphql-js `print`; one request or an array of them)
 * holds queries only: every `"query"` value starts with `{` or `query`. Conservative: anything else
 * (a mutation, a leading fragment, text it did not print) reads as not read-only, and is sent once.
 */
export function isPrintedQueryBody(body: string): boolean {
  let found = false;
  for (let at = body.indexOf(QUERY_KEY); at !== -1; at = body.indexOf(QUERY_KEY, at + 1)) {
    const start = at + QUERY_KEY.length;
    const next = body.charCodeAt(start + 5);
    const query = body.startsWith('query', start) && (next === 0x20 || next === 0x28 || next === 0x7b); // ' ', '(', '{'
    if (!query && body[start] !== '{') return false;
    found = true;
  }
  return found;
}
