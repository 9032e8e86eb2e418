/**
 * The tenant's GraphQL endpoint, as the gateway reaches it: raw pass-through (`http.post`), a
 * batching executor for delegated fields, and a cheap reachability probe.
 */
import type { Executor } from '@graphql-tools/utils';
import type { TenantConfig } from '../../config/index.js';
import { maskUrl } from '../../util/index.js';
import { createTenantExecutor, type TenantCallContext } from './executor.js';
import { createTenantHttp, parseGraphqlResponse, type TenantHttp, type TenantHttpOptions } from './http.js';

export type { TenantHttp, TenantHttpResponse, PostOptions } from './http.js';
export type { TenantCallContext } from './executor.js';
export { parseGraphqlResponse } from './http.js';

export interface TenantGraphqlClient {
  /** Raw HTTP to the endpoint (the gateway's pass-through fast path). */
  readonly http: TenantHttp;
  /** graphql-tools executor: one array POST per gateway request and tick. */
  readonly executor: Executor;
  /** True when the endpoint answers a trivial query with data. Never throws. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): void;
}

export function createTenantGraphqlClient(tenant: TenantConfig, options: TenantHttpOptions = {}): TenantGraphqlClient {
  const http = createTenantHttp(tenant, options);
  const path = maskUrl(tenant.graphqlPath);
  return {
    http,
    executor: createTenantExecutor(http, path),
    async ping(timeoutMs = 2_000) {
      try {
        const response = await http.post('{"query":"{ __typename }"}', { signal: AbortSignal.timeout(timeoutMs) });
        const json = parseGraphqlResponse(response, path) as { data?: { __typename?: unknown } };
        return response.status === 200 && typeof json.data?.__typename === 'string';
      } catch {
        return false;
      }
    },
    close: () => http.close(),
  };
}
