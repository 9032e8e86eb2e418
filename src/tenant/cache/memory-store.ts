import { LRUCache } from 'lru-cache';
import type { CacheStore, Lookup, Stamp } from './store.js';

interface Entry {
  /** The scope's stamp (epoch and generation) when the value was loaded. */
  stamp: Stamp;
  /** JSON, so no caller can change what the next one reads. */
  json: string;
  storedAt: number;
}

/**
 * One process's cache: an LRU bounded by entry count, entries expiring by TTL. An invalidation
 * deletes the scope's entries and moves its generation on (for reads in flight).
 */
export function createMemoryStore(options: { maxEntries: number; ttlMs: number; now?: () => number }): CacheStore {
  const now = options.now ?? Date.now;
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries, ttl: options.ttlMs });
  // Generations are only needed while a read is in flight; a forgotten one reads as 0, which no
  // stamp taken after an invalidation equals, so forgetting can only cost a store, never serve stale.
  // (For `setSince` a forgotten generation reads as "not invalidated since the mark": it would take
  // more than the LRU's bound of invalidations during one read for that to matter.)
  const generations = new LRUCache<string, number>({ max: Math.max(1_000, options.maxEntries * 2) });
  let counter = 0;
  /** Moves on when everything is invalidated, so stamps of reads in flight stop matching. */
  let epoch = 0;
  const entryKey = (scope: string, key: string) => `${scope}\u0000${key}`;
  const stampOf = (scope: string): Stamp => `${epoch}:${generations.get(scope) ?? 0}`;
  /** Entries of each scope, so an invalidation drops them without walking the whole cache. */
  const keysOfScope = new Map<string, Set<string>>();

  function dropScope(scope: string): void {
    for (const key of keysOfScope.get(scope) ?? []) entries.delete(key);
    keysOfScope.delete(scope);
  }
  function store(scope: string, key: string, value: unknown, stamp: Stamp, ttlMs: number): void {
    const id = entryKey(scope, key);
    entries.set(id, { stamp, json: JSON.stringify(value), storedAt: now() }, { ttl: ttlMs });
    let keys = keysOfScope.get(scope);
    if (!keys) keysOfScope.set(scope, (keys = new Set()));
    keys.add(id);
    // Keys of entries the LRU evicted linger here until their scope is invalidated; bound that.
    if (keys.size > 64) for (const k of keys) if (!entries.has(k)) keys.delete(k);
  }

  return {
    kind: 'memory',
    async get(scope, key): Promise<Lookup> {
      const entry = entries.get(entryKey(scope, key));
      const stamp = stampOf(scope);
      if (entry && entry.stamp === stamp) return { hit: true, value: JSON.parse(entry.json) as unknown, stamp, storedAt: entry.storedAt };
      return { hit: false, stamp };
    },
    async set(scope, key, value, stamp, ttlMs) {
      if (stampOf(scope) !== stamp) return;
      store(scope, key, value, stamp, ttlMs);
    },
    async mark() {
      return `${epoch}:${counter}`;
    },
    async setSince(scope, key, value, mark, ttlMs) {
      const [markEpoch, markCounter] = mark.split(':').map(Number) as [number, number];
      if (markEpoch !== epoch || (generations.get(scope) ?? 0) > markCounter) return;
      store(scope, key, value, stampOf(scope), ttlMs);
    },
    async invalidate(scopes) {
      for (const scope of scopes) {
        generations.set(scope, ++counter);
        dropScope(scope);
      }
    },
    async invalidateAll() {
      epoch++;
      entries.clear();
      keysOfScope.clear();
    },
    async close() {
      entries.clear();
      generations.clear();
      keysOfScope.clear();
    },
  };
}
