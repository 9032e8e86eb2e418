/**
 * The tenant's GraphQL endpoint drawing from the tenant's budget: every POST waits for a slot
 * first, and a response that says the window is spent (a 429, or `X-RateLimit-Remaining: 0`)
 * pauses every sharer of the budget until the tenant's reset.
 */
import { RateLimitedError } from '../../errors/index.js';
import type { RequestBudget } from '../budget/index.js';
import { serverWaitHintMs } from '../rest/backoff.js';
import type { PostOptions, TenantHttp, TenantHttpResponse } from './http.js';

export interface BudgetedHttpOptions {
  /** The masked path, for the error when the budget has no slot in time. */
  path: string;
  /** Longest a POST waits for a slot (the gateway answers its client now): the tenant timeout. */
  maxWaitMs: number;
}

export function withBudget(http: TenantHttp, budget: RequestBudget, options: BudgetedHttpOptions): TenantHttp {
  return {
    displayUrl: http.displayUrl,
    close: () => http.close(),
    async post(body: string | Buffer, postOptions: PostOptions = {}): Promise<TenantHttpResponse> {
      const slot = await budget.acquire('read', { signal: postOptions.signal, maxWaitMs: options.maxWaitMs });
      if (!slot.granted) throw new RateLimitedError({ method: 'POST', path: options.path, attempts: 0, retryAfterMs: slot.waitMs });
      const response = await http.post(body, postOptions);
      const hintMs = serverWaitHintMs(response.status, new Headers(response.rateLimitHeaders), Date.now());
      if (response.status === 429) budget.pause(hintMs ?? 1_000);
      else if (hintMs !== undefined && hintMs > 0 && response.status < 500) budget.pause(hintMs);
      return response;
    },
  };
}
