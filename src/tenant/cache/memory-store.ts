import { LRUCache } from 'lru-cache';
import type { CacheStore, Lookup, Stamp } from './store.js';

interface Entry {
  /** The scope's stamp (epoch and generation) when the value was loaded. */
  stamp: Stamp;
  /** JSON, so no caller can change what the next one reads. */
  json: string;
}

/**
 * One process's cache: an LRU bounded by entry count, entries expiring by TTL. An invalidation
 * deletes the scope's entries and moves its generation on (for reads in flight).
 */
export function createMemoryStore(options: { maxEntries: number; ttlMs: number }): CacheStore {
  const entries = new LRUCache<string, Entry>({ max: options.maxEntries, ttl: options.ttlMs });
  // Generations are only needed while a read is in flight; a forgotten one reads as 0, which no
  // stamp taken after an invalidation equals, so forgetting can only cost a store, never serve stale.
  const generations = new LRUCache<string, number>({ max: Math.max(1_000, options.maxEntries * 2) });
  let counter = 0;
  /** Moves on when everything is invalidated, so stamps of reads in flight stop matching. */
  let epoch = 0;
  const entryKey = (scope: string, key: string) => `${scope}\u0000${key}`;
  const stampOf = (scope: string): Stamp => `${epoch}:${generations.get(scope) ?? 0}`;

  function dropScope(scope: string): void {
    const prefix = `${scope}\u0000`;
    for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
  }

  return {
    kind: 'memory',
    async get(scope, key): Promise<Lookup> {
      const entry = entries.get(entryKey(scope, key));
      const stamp = stampOf(scope);
      if (entry && entry.stamp === stamp) return { hit: true, value: JSON.parse(entry.json) as unknown };
      return { hit: false, stamp };
    },
    async set(scope, key, value, stamp, ttlMs) {
      if (stampOf(scope) !== stamp) return;
      entries.set(entryKey(scope, key), { stamp, json: JSON.stringify(value) }, { ttl: ttlMs });
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
    },
    async close() {
      entries.clear();
      generations.clear();
    },
  };
}
