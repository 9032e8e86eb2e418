/**
 * The points a GraphQL HTTP body will be billed: one operation (`{"query": ...}`) or a batch (a JSON
 * array of them), each priced on its own and summed. What the tenant is sent is what it bills, so
 * the gateway prices the bytes it posts (its delegated documents included), not the client's text.
 * Documents are parsed and priced once per distinct text (a bounded cache).
 */
import { parse, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { pointsPricer } from './pricer.js';

export type BodyPricer = (body: string | Buffer) => number;

interface OperationBody {
  query?: unknown;
  operationName?: unknown;
}

/** A pricer of request bodies against the tenant's schema. An unreadable body or document costs 0: the tenant refuses it unpriced. */
export function priceRequestBody(tenantSchema: GraphQLSchema, cacheSize = 1_000): BodyPricer {
  const pricer = pointsPricer(tenantSchema);
  const byText = new LRUCache<string, number>({ max: Math.max(1, cacheSize) });
  const priceOne = (request: unknown): number => {
    if (request === null || typeof request !== 'object') return 0;
    const { query, operationName } = request as OperationBody;
    if (typeof query !== 'string') return 0;
    const key = typeof operationName === 'string' ? `${operationName}\u0000${query}` : query;
    let points = byText.get(key);
    if (points === undefined) {
      try {
        points = pricer.request(parse(query), typeof operationName === 'string' ? operationName : undefined);
      } catch {
        points = 0;
      }
      byText.set(key, points);
    }
    return points;
  };
  return (body) => {
    let json: unknown;
    try {
      json = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
    } catch {
      return 0;
    }
    if (!Array.isArray(json)) return priceOne(json);
    let total = 0;
    for (const request of json) total += priceOne(request);
    return total;
  };
}
