/**
 * The cached REST client as `ti-graph serve` builds it (`openTenantAccess`: the tenant budget, the
 * read cache, the cached client), on a sandbox tenant, with its upstream calls counted.
 */
import { afterEach } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { CachedRestClient } from '../../src/tenant/cache/index.js';
import { openTenantAccess, type TenantAccess } from '../../src/tenant/scale-out/index.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

export interface CachedAccess extends TenantAccess {
  rest: CachedRestClient;
}

/** `env` overrides the cache's settings; the warm-up is off unless asked for (it makes its own calls). */
export function openCachedAccess(sandbox: Sandbox, env: Record<string, string | undefined> = {}): CachedAccess {
  const config = loadConfig({
    TI_BASE_URL: sandbox.url,
    TI_API_KEY: sandbox.apiKey,
    TI_RETRY_MAX_ATTEMPTS: '1',
    TI_GRAPH_CACHE_TTL_MS: '60000',
    TI_GRAPH_CACHE_WARM: 'false',
    ...env,
  });
  const access = openTenantAccess(config, config.tenant!);
  if (!access.cache) throw new Error('the cache is off in this configuration');
  return access as CachedAccess;
}

/** Calls the tenant has answered so far on a REST route (`GET /incoming/api/v1/users/:id`), or on any. */
export function upstreamCalls(sandbox: Sandbox, route?: string): number {
  return sandbox.requests.count(route ? { route } : {});
}

export const ROUTES = {
  user: 'GET /incoming/api/v1/users/:id',
  users: 'GET /incoming/api/v1/users',
  enrollments: 'GET /incoming/api/v1/users/:id/enrollments',
} as const;

/**
 * A test file's tenants and cached accesses, closed after each test (last opened, first closed);
 * `cleanups` takes anything else a test opens.
 */
export function useCacheTestBed() {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    cleanups,
    async tenantWith(users: number): Promise<Sandbox> {
      const sandbox = await startTestSandbox({ users });
      cleanups.push(() => sandbox.close());
      return sandbox;
    },
    open(sandbox: Sandbox, env: Record<string, string>): CachedAccess {
      const access = openCachedAccess(sandbox, env);
      cleanups.push(() => access.close());
      return access;
    },
  };
}
