/**
 * The tenant's GraphQL endpoint drawing from the tenant's points budget (TI's points a minute):
 * every POST is priced as the tenant will bill it (src/cost: the body's operations, each priced on
 * the tenant schema, summed) and waits for that many points first, at most `maxWaitMs`; past
 * that it fails at once with RATE_LIMITED and the wait as its Retry-After, sending nothing.
 */
import type { GraphQLSchema } from 'graphql';
import { priceRequestBody } from '../../cost/index.js';
import { RateLimitedError } from '../../errors/index.js';
import type { PointsBudget } from '../budget/index.js';
import type { PostOptions, TenantHttp, TenantHttpResponse } from './http.js';

export interface PointsHttpOptions {
  /** The masked path, for the error when the budget has no points in time. */
  path: string;
  /** Longest a POST waits for its points: the tenant timeout. */
  maxWaitMs: number;
}

export function withPointsBudget(http: TenantHttp, budget: PointsBudget, tenantSchema: GraphQLSchema, options: PointsHttpOptions): TenantHttp {
  const price = priceRequestBody(tenantSchema);
  return {
    displayUrl: http.displayUrl,
    close: () => http.close(),
    async post(body: string | Buffer, postOptions: PostOptions = {}): Promise<TenantHttpResponse> {
      const drawn = await budget.acquire(price(body), { signal: postOptions.signal, maxWaitMs: options.maxWaitMs });
      if (!drawn.granted) throw new RateLimitedError({ method: 'POST', path: options.path, attempts: 0, retryAfterMs: drawn.waitMs });
      return http.post(body, postOptions);
    },
  };
}
