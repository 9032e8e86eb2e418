/**
 * The tenant's GraphQL endpoint drawing from the tenant's points budget (TI's points a minute):
 * every POST is priced as the tenant will bill it (src/cost: the body's operations, each priced on
 * the tenant schema, summed) and waits for that many points first, at most `maxWaitMs`; past
 * that it fails at once with RATE_LIMITED and the wait as its Retry-After, sending nothing.
 */
import type { GraphQLSchema } from 'graphql';
import { priceRequestBody, type BodyPricer } from '../../cost/index.js';
import { RateLimitedError } from '../../errors/index.js';
import type { PointsBudget } from '../budget/index.js';
import type { PostOptions, TenantHttp, TenantHttpResponse } from './http.js';

export interface PointsHttpOptions {
  /** The masked path, for the error when the budget has no points in time. */
  path: string;
  /** Longest a POST waits for its points: the tenant timeout. */
  maxWaitMs: number;
}

/**
 * `tenantSchema` may be a getter: a gateway that follows the tenant's schema prices each call on
 * the schema it serves now (a vendor change that adds an "additional cost" reprices at once).
 */
export function withPointsBudget(http: TenantHttp, budget: PointsBudget, tenantSchema: GraphQLSchema | (() => GraphQLSchema), options: PointsHttpOptions): TenantHttp {
  const schemaNow = typeof tenantSchema === 'function' ? tenantSchema : () => tenantSchema;
  // One pricer (and its cache by query text) per schema, dropped with the schema.
  const pricers = new WeakMap<GraphQLSchema, BodyPricer>();
  const price = (body: string | Buffer): number => {
    const schema = schemaNow();
    let pricer = pricers.get(schema);
    if (!pricer) {
      pricer = priceRequestBody(schema);
      pricers.set(schema, pricer);
    }
    return pricer(body);
  };
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
