import type { Logger } from '../../util/index.js';
import { tenantKeyFingerprint } from '../budget/index.js';
import { openFailFastRedis, untilFirstConnection } from '../budget/redis-connection.js';
import { createMemoryStore } from './memory-store.js';
import { createRedisStore } from './redis-store.js';
import { scopesForEvent, type ChangeNotice } from './scopes.js';
import type { CacheStore } from './store.js';

export interface ReadCacheOptions {
  /** Names the tenant (through its fingerprint only): entries of one tenant are never another's. */
  apiKey: string;
  /** TI_GRAPH_CACHE_TTL_MS (> 0; 0 means no cache, see `createReadCache`). */
  ttlMs: number;
  /** TI_GRAPH_CACHE_MAX_ENTRIES: the in-memory bound. */
  maxEntries: number;
  /** REDIS_URL: the cache lives in Redis, shared by every instance. */
  redisUrl?: string | undefined;
  namespace?: string | undefined;
  logger?: Logger | undefined;
}

export interface ReadCacheStats {
  store: 'memory' | 'redis';
  hits: number;
  misses: number;
  /** Reads that went upstream without the cache (Redis unreachable, or catching up after it was). */
  bypassed: number;
  invalidations: number;
  /** Redis commands that failed. */
  errors: number;
  /** False while the Redis store is unreachable (always true in memory). */
  connected: boolean;
}

export interface ReadCache {
  readonly store: 'memory' | 'redis';
  /** The cached value, or `load()`'s, stored unless the scope was invalidated meanwhile. Errors are never stored. */
  read<T>(scope: string, key: string, load: () => Promise<T>): Promise<T>;
  invalidate(scopes: readonly string[]): Promise<void>;
  /** Invalidates what a webhook or poller event says changed. */
  invalidateForEvent(event: ChangeNotice): Promise<void>;
  stats(): ReadCacheStats;
  close(): Promise<void>;
}

/**
 * The REST read cache for one tenant: in memory (bounded LRU) by default, in Redis when
 * `redisUrl` is set. Undefined when `ttlMs` is 0 (the cache is off).
 *
 * Redis trouble never fails a read: the read goes upstream. An invalidation that could not reach
 * Redis leaves entries there that may be stale, so until the whole tenant's cache has been
 * invalidated after Redis returns, reads bypass it.
 */
export function createReadCache(options: ReadCacheOptions): ReadCache | undefined {
  if (!(options.ttlMs > 0)) return undefined;
  const logger = options.logger;
  const counts = { hits: 0, misses: 0, bypassed: 0, invalidations: 0, errors: 0 };
  let store: CacheStore;
  let connection: ReturnType<typeof openFailFastRedis> | undefined;
  /** Set when an invalidation may have been lost: the cache is bypassed until a full invalidation lands. */
  let dirty = false;

  if (options.redisUrl) {
    connection = openFailFastRedis({ url: options.redisUrl, role: 'cache', logger, commandTimeoutMs: 500 });
    const prefix = `${options.namespace ?? 'ti-graph'}:cache:${tenantKeyFingerprint(options.apiKey)}:`;
    store = createRedisStore(connection.redis, { prefix, ttlMs: options.ttlMs });
    const { redis, display } = connection;
    redis.on('ready', () => {
      if (!dirty) return;
      store.invalidateAll().then(
        () => {
          dirty = false;
          logger?.warn({ redis: display }, 'cache: Redis is back; entries written before the outage were invalidated');
        },
        (error: Error) => logger?.warn({ err: error.message }, 'cache: could not invalidate after Redis returned; still bypassing'),
      );
    });
  } else {
    store = createMemoryStore({ maxEntries: options.maxEntries, ttlMs: options.ttlMs });
  }
  const usable = () => !dirty && (!connection || connection.redis.status === 'ready');
  /** At start, reads wait (briefly) for the first connection rather than all going upstream. */
  let firstConnect: Promise<void> | undefined = connection
    ? untilFirstConnection(connection.redis).then(() => {
        firstConnect = undefined;
      })
    : undefined;

  let warnedDown = false;
  const noteError = (error: unknown, what: string) => {
    counts.errors++;
    if (!warnedDown) {
      warnedDown = true;
      logger?.warn({ err: (error as Error).message, what }, 'cache: Redis unreachable; reads go to the tenant until it returns');
    }
  };
  connection?.redis.on('ready', () => {
    warnedDown = false;
  });

  /** Loads in flight, per entry and stamp: concurrent misses share one upstream call. */
  const inflight = new Map<string, Promise<unknown>>();

  async function read<T>(scope: string, key: string, load: () => Promise<T>): Promise<T> {
    if (firstConnect) await firstConnect;
    if (!usable()) {
      counts.bypassed++;
      return load();
    }
    let lookup;
    try {
      lookup = await store.get(scope, key);
    } catch (error) {
      noteError(error, 'read');
      counts.bypassed++;
      return load();
    }
    if (lookup.hit) {
      counts.hits++;
      return lookup.value as T;
    }
    counts.misses++;
    const flightKey = `${scope}\u0000${key}\u0000${lookup.stamp}`;
    const joined = inflight.get(flightKey) as Promise<T> | undefined;
    if (joined) return joined;
    const stamp = lookup.stamp;
    const flight = (async () => {
      const value = await load(); // an error propagates and is not stored
      await store.set(scope, key, value ?? null, stamp, options.ttlMs).catch((error: unknown) => noteError(error, 'store'));
      return value;
    })();
    inflight.set(flightKey, flight);
    try {
      return await flight;
    } finally {
      inflight.delete(flightKey);
    }
  }

  async function invalidate(scopes: readonly string[]): Promise<void> {
    if (scopes.length === 0) return;
    counts.invalidations++;
    try {
      await store.invalidate(scopes);
    } catch (error) {
      noteError(error, 'invalidate');
      dirty = true;
    }
  }

  return {
    store: store.kind,
    read,
    invalidate,
    invalidateForEvent: (event) => invalidate(scopesForEvent(event)),
    stats: () => ({ store: store.kind, ...counts, connected: !connection || connection.redis.status === 'ready' }),
    async close() {
      await store.close();
      if (connection) await connection.redis.quit().catch(() => connection!.redis.disconnect());
    },
  };
}
