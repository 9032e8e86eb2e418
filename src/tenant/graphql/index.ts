/**
 * The tenant's GraphQL endpoint, as the gateway reaches it: raw pass-through (`http.post`), the
 * one tenant batcher (the query plan's calls and the stitched executor's), and a cheap reachability probe.
 */
import type { Executor } from '@graphql-tools/utils';
import type { TenantConfig } from '../../config/index.js';
import { maskUrl } from '../../util/index.js';
import type { GraphQLSchema } from 'graphql';
import type { PointsBudget, RequestBudget } from '../budget/index.js';
import { withBudget } from './budgeted-http.js';
import { withPointsBudget } from './points-http.js';
import { createTenantBatcher, type TenantBatch } from './batcher.js';
import { createTenantExecutor } from './executor.js';
import { createTenantHttp, parseGraphqlResponse, type TenantHttp, type TenantHttpOptions } from './http.js';
import { createQueryRetry, type PostQuery } from './retry.js';
import type { Logger } from '../../util/index.js';

export type { TenantHttp, TenantHttpResponse, PostOptions } from './http.js';
export type { TenantBatch, TenantCallContext } from './batcher.js';
export { parseGraphqlResponse } from './http.js';
export type { PostQuery, QueryOptions } from './retry.js';
export { isPrintedQueryBody } from './retry.js';

export interface TenantGraphqlClient {
  /** Raw HTTP to the endpoint (the gateway's pass-through fast path): one attempt. */
  readonly http: TenantHttp;
  /**
   * POSTs a body of queries only (never a mutation), retried under the tenant's retry policy
   * (`TI_RETRY_*`) on a network failure, a timeout or a 5xx; each attempt draws from the budget.
   */
  readonly query: PostQuery;
  /**
   * The one tenant batcher: the calls of one gateway request (the query plan's and the executor's)
   * issued in the same tick go out as one array POST; a batch of queries only is retried.
   */
  readonly batch: TenantBatch;
  /** graphql-tools executor over `batch`. */
  readonly executor: Executor;
  /** True when the endpoint answers a trivial query with data. Never throws. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): void;
}

export interface TenantGraphqlClientOptions extends TenantHttpOptions {
  /** The tenant's budget (shared over Redis): every POST (pass-through and executor) draws from it. */
  budget?: RequestBudget | undefined;
  /** The tenant's points budget (TI_GRAPHQL_POINTS_PER_MINUTE): every POST draws its price on `schema`, the tenant's (or the one served now, as a getter). */
  points?: { budget: PointsBudget; schema: GraphQLSchema | (() => GraphQLSchema) } | undefined;
  /** Where retries and give-ups are logged. */
  logger?: Logger | undefined;
}

export function createTenantGraphqlClient(tenant: TenantConfig, options: TenantGraphqlClientOptions = {}): TenantGraphqlClient {
  const raw = createTenantHttp(tenant, options);
  const path = maskUrl(tenant.graphqlPath);
  const budgeted = options.budget ? withBudget(raw, options.budget, { path, maxWaitMs: tenant.timeoutMs }) : raw;
  // Points first: a call waiting for points holds no request slot meanwhile.
  const http = options.points ? withPointsBudget(budgeted, options.points.budget, options.points.schema, { path, maxWaitMs: tenant.timeoutMs }) : budgeted;
  const query = createQueryRetry(http, { policy: tenant.retry, path, logger: options.logger });
  const batch = createTenantBatcher({
    path,
    send: async (body, { authToken, readOnly }) => parseGraphqlResponse(await (readOnly ? query(body, { authToken }) : http.post(body, { authToken })), path),
  });
  return {
    http,
    query,
    batch,
    executor: createTenantExecutor(batch),
    async ping(timeoutMs = 2_000) {
      try {
        // A health probe, not work: it does not spend the budget.
        const response = await raw.post('{"query":"{ __typename }"}', { signal: AbortSignal.timeout(timeoutMs) });
        const json = parseGraphqlResponse(response, path) as { data?: { __typename?: unknown } };
        return response.status === 200 && typeof json.data?.__typename === 'string';
      } catch {
        return false;
      }
    },
    close: () => http.close(),
  };
}
