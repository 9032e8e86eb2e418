/**
 * The REST read cache: users and their enrollments as entities, per tenant, in memory or in
 * Redis, fresh while the tenant's events arrive (invalidated by webhooks, the poller and the
 * gateway's own writes), stale answered before refused, and warmed with spare budget.
 */
export { createReadCache, type ReadCache, type ReadCacheOptions, type ReadCacheStats, type LoadOptions } from './read-cache.js';
export { withReadCache, invalidatedScopes, type CachedRestClient } from './cached-client.js';
export { cacheScope, scopesForEvent, type ChangeNotice } from './scopes.js';
export { createMemoryStore } from './memory-store.js';
export { withCacheReport, type CacheReport } from './stale-report.js';
export type { CacheStore, Lookup, Stamp } from './store.js';
