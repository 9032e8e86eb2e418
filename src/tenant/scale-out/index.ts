/**
 * How a gateway instance reaches its tenant when several run side by side: the REST client drawing
 * from the tenant's shared budget, the read cache in front of it, and what the events service
 * must call so webhooks and the poller invalidate the cache. `ti-graph serve` builds it from config.
 */
import type { Config, TenantConfig } from '../../config/index.js';
import type { Logger } from '../../util/index.js';
import { budgetFromConfig, openBudgetRedis, pointsBudgetFromConfig, type PointsBudget, type TenantBudget } from '../budget/index.js';
import { createReadCache, withReadCache, type ChangeNotice, type ReadCache } from '../cache/index.js';
import { createRestClient, type RestClientDeps, type TiRestClient } from '../rest/index.js';

export interface TenantAccess {
  budget: TenantBudget;
  /** The tenant's GraphQL points budget (TI_GRAPHQL_POINTS_PER_MINUTE), shared the same way; undefined when off. */
  points: PointsBudget | undefined;
  /** The REST client on the shared budget, uncached. */
  tenantRest: TiRestClient;
  /** For the poller, which looks for changes: reads uncached, and what they bring feeds the cache (when on). */
  pollRest: TiRestClient;
  /** The gateway's REST client: reads through the cache (when on), writes invalidating it. */
  rest: TiRestClient;
  cache: ReadCache | undefined;
  /** For the events service's `onEvent`: invalidates what an event says changed. */
  onEvent: ((event: ChangeNotice) => Promise<void>) | undefined;
  /** For the events service's `onAlive`: a webhook or poll cycle arrived, so entries may live until an event invalidates them. */
  onAlive: (() => void) | undefined;
  close(): Promise<void>;
}

export function openTenantAccess(
  config: Pick<Config, 'redisUrl' | 'redisNamespace' | 'budget' | 'cache'>,
  tenant: TenantConfig,
  deps: { logger?: Logger } & Omit<RestClientDeps, 'budget' | 'logger'> = {},
): TenantAccess {
  const { logger } = deps;
  // The request budget and the points budget share one Redis connection.
  const budgetRedis = config.redisUrl && config.budget.points ? openBudgetRedis(config.redisUrl, logger) : undefined;
  const budget = budgetFromConfig(config, tenant, logger, budgetRedis);
  const points = pointsBudgetFromConfig(config, tenant, logger, budgetRedis);
  const tenantRest = createRestClient(tenant, { ...deps, budget });
  const cache = createReadCache({ apiKey: tenant.apiKey, ...config.cache, redisUrl: config.redisUrl, namespace: config.redisNamespace, logger });
  const cached = cache ? withReadCache(tenantRest, cache) : undefined;
  // The roster, page by page, with the budget live reads leave: a user's record is then one hit.
  if (cached && config.cache.warm) cached.warmRoster();
  return {
    budget,
    points,
    tenantRest,
    pollRest: cached ? cached.feedingReads() : tenantRest,
    rest: cached ?? tenantRest,
    cache,
    onEvent: cache ? (event) => cache.invalidateForEvent(event) : undefined,
    onAlive: cache ? () => cache.noteEventsAlive() : undefined,
    async close() {
      await Promise.all([budget.close(), points?.close(), cache?.close()]);
    },
  };
}
