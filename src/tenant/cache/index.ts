/**
 * The REST read cache: user by id, by email, list pages and enrollments, per tenant, in memory or
 * in Redis, invalidated by webhook and poller events and by the gateway's own writes.
 */
export { createReadCache, type ReadCache, type ReadCacheOptions, type ReadCacheStats } from './read-cache.js';
export { withReadCache } from './cached-client.js';
export { cacheScope, scopesForEvent, type ChangeNotice } from './scopes.js';
export { createMemoryStore } from './memory-store.js';
export type { CacheStore, Lookup, Stamp } from './store.js';
