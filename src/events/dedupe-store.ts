import { LRUCache } from 'lru-cache';

/**
 * Remembers which deliveries were already processed, so a retried or replayed webhook is
 * processed once. `claim` records the key and says whether this caller is the first within the TTL
 * (an atomic test-and-set, like Redis `SET NX EX`); `release` forgets a claim that was not followed
 * by processing, so the sender's retry is not mistaken for a repeat.
 */
export interface DedupeStore {
  /** True when `key` was not seen within `ttlMs` (and is now recorded); false for a repeat. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface MemoryDedupeStoreOptions {
  /** Upper bound on remembered keys; the oldest are forgotten first. */
  maxKeys?: number;
}

/** One process's dedupe store: lru-cache, each key expiring after the TTL it was claimed with. */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  // `has` neither renews a key nor counts as use: a repeat must not extend the window it is refused in.
  const seen = new LRUCache<string, true>({ max: options.maxKeys ?? 100_000 });
  return {
    async claim(key, ttlMs) {
      if (seen.has(key)) return false;
      seen.set(key, true, { ttl: ttlMs });
      return true;
    },
    async release(key) {
      seen.delete(key);
    },
    async close() {
      seen.clear();
    },
  };
}
