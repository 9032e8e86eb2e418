import { RateLimitedError } from '../../errors/index.js';
import type { Logger } from '../../util/index.js';
import { tenantKeyFingerprint } from '../budget/index.js';
import { openFailFastRedis, untilFirstConnection } from '../budget/redis-connection.js';
import { createFreshness, DEFAULT_EVENTS_WINDOW_MS, type Freshness, type FreshnessOptions } from './freshness.js';
import { createMemoryStore } from './memory-store.js';
import { createRedisStore } from './redis-store.js';
import { cacheScope, scopesForEvent, type ChangeNotice } from './scopes.js';
import { missDeadline, noteStaleAnswer } from './stale-report.js';
import type { CacheStore, Stamp } from './store.js';
import { createWarmer, type Warmer } from './warmer.js';

/** How long one instance's claim on loading an entry holds the others back (they poll for its entry meanwhile). */
const LEASE_MS = 1_000;
/** A warm-up or refresh: a budget slot free now, or none; never the caller's signal or deadline. */
const BACKGROUND: LoadOptions = { maxBudgetWaitMs: 0, background: true };
/** The longest a preload (the roster at start) waits its turn for budget. */
const PRELOAD_WAIT_MS = 5_000;

export interface ReadCacheOptions extends FreshnessOptions {
  /** Names the tenant (through its fingerprint only): entries of one tenant are never another's. */
  apiKey: string;
  /** TI_GRAPH_CACHE_TTL_MS (> 0; 0 means no cache, see `createReadCache`): how long an entry is fresh without events. */
  ttlMs: number;
  /** TI_GRAPH_CACHE_MAX_ENTRIES: the in-memory bound. */
  maxEntries: number;
  /**
   * TI_GRAPH_CACHE_MISS_WAIT_MS: the longest a read that finds nothing waits for a budget slot
   * before it is refused (RATE_LIMITED), so no dashboard waits seconds for a slot. 0: the REST
   * client's deadline.
   */
  missWaitMs?: number | undefined;
  /** TI_GRAPH_CACHE_WARM: spare budget refreshes what live reads ask for most (default true). */
  warm?: boolean | undefined;
  /** REDIS_URL: the cache lives in Redis, shared by every instance. */
  redisUrl?: string | undefined;
  namespace?: string | undefined;
  logger?: Logger | undefined;
  now?: () => number;
}

export interface ReadCacheStats {
  store: 'memory' | 'redis';
  hits: number;
  misses: number;
  /** Hits past their freshness, answered while a refresh was queued. */
  stale: number;
  /** Misses refused because no budget slot was free within the miss wait. */
  refused: number;
  /** Misses that waited for another instance's load of the same entry (Redis) instead of calling. */
  joinedElsewhere: number;
  /** Reads that went upstream without the cache (Redis unreachable, or catching up after it was). */
  bypassed: number;
  invalidations: number;
  /** Redis commands that failed. */
  errors: number;
  /** False while the Redis store is unreachable (always true in memory). */
  connected: boolean;
  /** Whether entries currently live until an event invalidates them (events arriving), or by the short TTL. */
  freshness: 'events' | 'ttl';
  /** Entries the warm-up loaded with spare budget (and the roster's preloaded pages), and its pending queue. */
  warmed: number;
  warmQueue: number;
}

/** How a load is asked to reach the tenant: a live miss waits briefly for budget; the warm-up takes only a free slot. */
export interface LoadOptions {
  maxBudgetWaitMs?: number;
  /** Not on behalf of the read that first asked: the load must not carry that caller's signal or deadline. */
  background?: boolean;
}
export type Load<T> = (options: LoadOptions) => Promise<T>;

export interface ReadCache {
  readonly store: 'memory' | 'redis';
  /**
   * The cached value, or `load()`'s, stored unless the scope was invalidated meanwhile. Errors are
   * never stored. A value past its freshness is answered at once (its age noted for the response)
   * while one refresh is queued; only a value never seen can be refused for want of budget.
   * `onLoaded` sees every value loaded here (the entities it holds are remembered from it).
   */
  read<T>(scope: string, key: string, load: Load<T>, onLoaded?: (value: T, mark: Stamp) => Promise<void>): Promise<T>;
  /** The value when cached (fresh or not), without loading: for lookups that can be answered from another entry. */
  peek<T>(scope: string, key: string): Promise<T | undefined>;
  /** Stores a value that arrived in some other answer, unless its scope was invalidated after `mark`. */
  remember(scope: string, key: string, value: unknown, mark: Stamp): Promise<void>;
  /** A mark to pass to `remember` for values whose scopes are known only once they arrive. */
  mark(): Promise<Stamp>;
  invalidate(scopes: readonly string[]): Promise<void>;
  /** Invalidates what a webhook or poller event says changed (and counts as the events being alive). */
  invalidateForEvent(event: ChangeNotice): Promise<void>;
  /** A webhook arrived or a poll cycle finished: the events are alive, entries may live until one invalidates them. */
  noteEventsAlive(): void;
  /** Queues a load for spare budget (entries live reads were refused; what a preload could not load). */
  warm<T>(scope: string, key: string, load: Load<T>, priority: number, onLoaded?: (value: T, mark: Stamp) => Promise<void>): void;
  /**
   * Loads an entry now, waiting its turn for budget among the live reads (at most
   * `PRELOAD_WAIT_MS`) instead of only on a free slot: for the roster at start, whose pages answer
   * the live reads' users (one call for a hundred of them). Left to the warm-up when it cannot.
   */
  preload<T>(scope: string, key: string, load: Load<T>, priority: number, onLoaded?: (value: T, mark: Stamp) => Promise<void>): void;
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
  const now = options.now ?? Date.now;
  const counts = { hits: 0, misses: 0, stale: 0, refused: 0, joinedElsewhere: 0, bypassed: 0, invalidations: 0, errors: 0 };
  const freshness: Freshness = createFreshness(options, now);
  /** Entries are kept as long as they may be served (stale ones included); freshness is judged on read. */
  const keepMs = freshness.keepMs;
  const missWaitMs = options.missWaitMs && options.missWaitMs > 0 ? options.missWaitMs : undefined;
  let store: CacheStore;
  let connection: ReturnType<typeof openFailFastRedis> | undefined;
  /** Set when an invalidation may have been lost: the cache is bypassed until a full invalidation lands. */
  let dirty = false;

  if (options.redisUrl) {
    // A lost invalidation is repaired when Redis is usable again: on a new connection (Redis
    // restarted) and when the breaker closes (Redis hung, e.g. SIGSTOP, then answered again: the
    // connection never dropped, so 'ready' alone would leave the cache bypassed for good).
    let recover = (): void => undefined;
    connection = openFailFastRedis({ url: options.redisUrl, role: 'cache', logger, commandTimeoutMs: 500, onRecovered: () => recover() });
    const prefix = `${options.namespace ?? 'ti-graph'}:cache:${tenantKeyFingerprint(options.apiKey)}:`;
    store = createRedisStore(connection.redis, { prefix, ttlMs: keepMs });
    const { redis, display } = connection;
    let recovering = false;
    recover = () => {
      if (!dirty || recovering) return;
      recovering = true;
      store.invalidateAll().then(
        () => {
          dirty = false;
          recovering = false;
          logger?.warn({ redis: display }, 'cache: entries written before the Redis outage were invalidated; reading from the cache again');
        },
        (error: Error) => {
          recovering = false;
          logger?.warn({ err: error.message }, 'cache: could not invalidate after Redis returned; still bypassing');
        },
      );
    };
    redis.on('ready', recover);
  } else {
    store = createMemoryStore({ maxEntries: options.maxEntries, ttlMs: keepMs, now });
  }
  const usable = () => !dirty && (!connection || connection.redis.status === 'ready');
  /** At start, reads wait (briefly) for the first connection rather than all going upstream. */
  let firstConnect: Promise<void> | undefined = connection
    ? untilFirstConnection(connection.redis).then(() => {
        firstConnect = undefined;
      })
    : undefined;

  // The events' liveness is shared through Redis: a webhook reaches one instance, and every
  // instance must then keep entries until an event invalidates them (the entries are shared too).
  const eventsWindowMs = options.eventsWindowMs ?? DEFAULT_EVENTS_WINDOW_MS;
  const sharesAlive = store.noteAlive !== undefined && store.aliveState !== undefined && eventsWindowMs > 0;
  const noteAlive = (): void => {
    const state = freshness.noteAlive();
    if (!sharesAlive || !usable()) return;
    store.noteAlive!(state, eventsWindowMs).then(
      (shared) => freshness.adopt(shared),
      (error: unknown) => noteError(error, 'alive'),
    );
  };
  const aliveSync = sharesAlive
    ? setInterval(
        () => {
          if (!usable()) return;
          store.aliveState!().then(
            (shared) => shared && freshness.adopt(shared),
            (error: unknown) => noteError(error, 'alive'),
          );
        },
        Math.min(1_000, Math.max(100, eventsWindowMs / 20)),
      )
    : undefined;
  aliveSync?.unref();

  let warnedDown = false;
  const noteError = (error: unknown, what: string) => {
    counts.errors++;
    if (!warnedDown) {
      warnedDown = true;
      logger?.debug({ err: (error as Error).message, what }, 'cache: Redis unreachable; reads go to the tenant until it returns');
    }
  };
  connection?.redis.on('ready', () => {
    warnedDown = false;
  });

  /**
   * Loads in flight, per entry and stamp: concurrent misses (and refreshes) share one upstream call.
   * `background`: a warm-up or refresh, which takes only a slot free now and may be refused.
   */
  const inflight = new Map<string, { promise: Promise<unknown>; background: boolean }>();

  /**
   * Loads `scope/key` once per stamp, stores it, tells `onLoaded`. `options` is asked when the load
   * starts (a live miss waits for budget only what is left of its request's miss wait). A live read
   * joins a load already in flight; when that was a background load refused for want of a free
   * slot, the live read then asks for one itself rather than being refused with it.
   */
  function loadOnce<T>(
    scope: string,
    key: string,
    stamp: Stamp,
    load: Load<T>,
    options: () => LoadOptions,
    onLoaded?: (value: T, mark: Stamp) => Promise<void>,
    joinBackground = true,
  ): Promise<T> {
    const flightKey = `${scope}\u0000${key}\u0000${stamp}`;
    const background = options().background === true;
    const current = inflight.get(flightKey);
    if (current && (background || !current.background)) return current.promise as Promise<T>;
    if (current && joinBackground) {
      return (current.promise as Promise<T>).catch((error: unknown) => {
        if (!(error instanceof RateLimitedError)) throw error;
        return loadOnce(scope, key, stamp, load, options, onLoaded, false);
      });
    }
    const flight = (async () => {
      // Across instances (Redis): one of them loads, the others wait for its entry.
      const leased = store.lease ? await store.lease(scope, key, LEASE_MS).catch(() => true) : true;
      if (!leased) {
        const theirs = await entryFromOtherInstance<T>(scope, key);
        if (theirs.found) return theirs.value;
        return loadWithLease(theirs.leased);
      }
      return loadWithLease(true);
    })();
    async function loadWithLease(leased: boolean): Promise<T> {
      try {
        const mark = onLoaded ? await store.mark().catch(() => undefined) : undefined;
        const value = await load(options()); // an error propagates and is not stored
        await store.set(scope, key, value ?? null, stamp, keepMs).catch((error: unknown) => noteError(error, 'store'));
        if (onLoaded && mark !== undefined) await onLoaded(value, mark).catch((error: unknown) => noteError(error, 'store'));
        return value;
      } finally {
        if (leased && store.release) await store.release(scope, key).catch((error: unknown) => noteError(error, 'release'));
      }
    }
    inflight.set(flightKey, { promise: flight, background });
    void flight.then(
      () => inflight.delete(flightKey),
      () => inflight.delete(flightKey),
    );
    return flight;
  }

  /**
   * Polls for the entry another instance is loading. Ends with its entry; or, when that instance
   * let go of the load without storing one (its warm-up found no free slot, its call failed), with
   * this instance holding the lease, to load it itself at once; or when the lease would have lapsed.
   */
  async function entryFromOtherInstance<T>(scope: string, key: string): Promise<{ found: true; value: T } | { found: false; leased: boolean }> {
    counts.joinedElsewhere++;
    for (const until = now() + LEASE_MS; now() < until; ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const lookup = await store.get(scope, key).catch(() => undefined);
      if (lookup?.hit) return { found: true, value: lookup.value as T };
      if (store.lease && (await store.lease(scope, key, LEASE_MS).catch(() => false))) {
        // Theirs ended; one more look in case it stored just before letting go.
        const last = await store.get(scope, key).catch(() => undefined);
        if (last?.hit) {
          if (store.release) await store.release(scope, key).catch((error: unknown) => noteError(error, 'release'));
          return { found: true, value: last.value as T };
        }
        return { found: false, leased: true };
      }
    }
    return { found: false, leased: false };
  }

  const warmer: Warmer = createWarmer({
    enabled: options.warm ?? true,
    async refresh(task) {
      if (firstConnect) await firstConnect;
      if (!usable()) return 'skipped';
      const lookup = await store.get(task.scope, task.key);
      if (lookup.hit && freshness.isFresh(lookup.storedAt)) return 'skipped';
      await loadOnce(task.scope, task.key, lookup.stamp, task.load, () => BACKGROUND, task.onLoaded);
      return 'loaded';
    },
    logger,
  });

  async function read<T>(scope: string, key: string, load: Load<T>, onLoaded?: (value: T, mark: Stamp) => Promise<void>): Promise<T> {
    if (firstConnect) await firstConnect;
    // A read the cache cannot serve (Redis unreachable) is not a miss: nothing would be learned by
    // refusing it early, so it waits for budget as an uncached read does (the REST client's deadline).
    if (!usable()) {
      counts.bypassed++;
      return load({});
    }
    let lookup;
    try {
      lookup = await store.get(scope, key);
    } catch (error) {
      noteError(error, 'read');
      counts.bypassed++;
      return load({});
    }
    warmer.noteDemand(scope, key, load as Load<unknown>, onLoaded as never);
    if (lookup.hit) {
      counts.hits++;
      if (!freshness.isFresh(lookup.storedAt)) {
        counts.stale++;
        noteStaleAnswer(now() - lookup.storedAt);
        warmer.queue(scope, key);
      }
      return lookup.value as T;
    }
    counts.misses++;
    // The request's misses share one wait for budget (see `missDeadline`).
    const deadline = missWaitMs !== undefined ? missDeadline(now(), missWaitMs) : undefined;
    const live = (): LoadOptions => (deadline === undefined ? {} : { maxBudgetWaitMs: Math.max(0, deadline - now()) });
    try {
      return await loadOnce(scope, key, lookup.stamp, load, live, onLoaded);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // Never seen and no slot free now: refused, and fetched with the next spare slot.
        counts.refused++;
        warmer.queue(scope, key);
      }
      throw error;
    }
  }

  let preloaded = 0;
  function preload<T>(scope: string, key: string, load: Load<T>, priority: number, onLoaded?: (value: T, mark: Stamp) => Promise<void>): void {
    if (options.warm === false) return;
    const fallBack = () => warmer.add(scope, key, load as Load<unknown>, priority, onLoaded as never);
    void (async () => {
      if (firstConnect) await firstConnect;
      if (!usable()) return fallBack();
      const lookup = await store.get(scope, key);
      if (lookup.hit && freshness.isFresh(lookup.storedAt)) return;
      await loadOnce(scope, key, lookup.stamp, load, () => ({ maxBudgetWaitMs: PRELOAD_WAIT_MS, background: true }), onLoaded);
      preloaded++;
    })().catch((error: unknown) => {
      logger?.debug({ err: (error as Error).message, scope }, 'cache: preload failed; left to the warm-up');
      fallBack();
    });
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
    // What live reads asked for is fetched again with spare budget, before the next read needs it.
    // Not the lists: one user's change empties them all, and each page or lookup is fetched again
    // only when asked.
    warmer.queueScopes(scopes.filter((scope) => scope !== cacheScope.lists));
  }

  return {
    store: store.kind,
    read,
    async peek<T>(scope: string, key: string) {
      if (!usable()) return undefined;
      const lookup = await store.get(scope, key).catch((error: unknown) => noteError(error, 'read'));
      return lookup?.hit ? (lookup.value as T) : undefined;
    },
    async remember(scope, key, value, mark) {
      if (!usable()) return;
      await store.setSince(scope, key, value, mark, keepMs).catch((error: unknown) => noteError(error, 'store'));
    },
    mark: () => store.mark(),
    invalidate,
    invalidateForEvent: (event) => {
      noteAlive();
      return invalidate(scopesForEvent(event));
    },
    noteEventsAlive: noteAlive,
    warm: (scope, key, load, priority, onLoaded) => warmer.add(scope, key, load as Load<unknown>, priority, onLoaded as never),
    preload,
    stats: () => ({
      store: store.kind,
      ...counts,
      connected: !connection || connection.redis.status === 'ready',
      freshness: freshness.mode(),
      ...warmer.stats(),
      warmed: warmer.stats().warmed + preloaded,
    }),
    async close() {
      if (aliveSync) clearInterval(aliveSync);
      await warmer.close();
      await store.close();
      if (connection) await connection.redis.quit().catch(() => connection!.redis.disconnect());
    },
  };
}
