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
  now?: () => number;
}

/** One process's dedupe store. Entries expire after their TTL; the map never grows past `maxKeys`. */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order only per TTL, so expired entries are also checked on read.
  const expiries = new Map<string, number>();

  function sweep(at: number): void {
    for (const [key, expiresAt] of expiries) {
      if (expiresAt > at && expiries.size <= maxKeys) break;
      expiries.delete(key);
    }
  }

  return {
    async claim(key, ttlMs) {
      const at = now();
      const expiresAt = expiries.get(key);
      if (expiresAt !== undefined && expiresAt > at) return false;
      expiries.delete(key);
      expiries.set(key, at + ttlMs);
      sweep(at);
      return true;
    },
    async release(key) {
      expiries.delete(key);
    },
    async close() {
      expiries.clear();
    },
  };
}
