import type { AliveState } from './freshness.js';

/**
 * Where cached REST reads live: in this process (bounded LRU) or in Redis (shared by instances).
 * Entries are grouped in scopes (a user's record, a user's enrollments, the user lists); each
 * scope has a generation that every invalidation replaces. A read notes the generation it saw
 * (the `stamp`) and the value it loaded is stored only if the generation is still the same, so a
 * read that was in flight while the data changed cannot put the old value back.
 */
export type Stamp = string;

/** A hit carries when the value was stored (epoch ms): how fresh it is is the cache's decision, not the store's. */
export type Lookup = { hit: true; value: unknown; stamp: Stamp; storedAt: number } | { hit: false; stamp: Stamp };

export interface CacheStore {
  readonly kind: 'memory' | 'redis';
  get(scope: string, key: string): Promise<Lookup>;
  /** Stores `value` unless the scope was invalidated since `stamp` was read. */
  set(scope: string, key: string, value: unknown, stamp: Stamp, ttlMs: number): Promise<void>;
  /**
   * A mark of this moment, for values whose scopes are only known once they arrive (the users of
   * a roster page): `setSince` stores one unless its scope was invalidated after the mark.
   */
  mark(): Promise<Stamp>;
  setSince(scope: string, key: string, value: unknown, mark: Stamp, ttlMs: number): Promise<void>;
  /**
   * Claims the load of one entry for `ms` (shared stores only): false when another instance holds
   * it, so this one waits for that load's entry instead of making the same call.
   */
  lease?(scope: string, key: string, ms: number): Promise<boolean>;
  release?(scope: string, key: string): Promise<void>;
  /**
   * Shares when the events last arrived (shared stores only): `noteAlive` merges this instance's
   * note into the shared state (a silence longer than `windowMs` since the last one restarts
   * `since`) and returns it; `aliveState` reads it (undefined when none is known).
   */
  noteAlive?(state: AliveState, windowMs: number): Promise<AliveState>;
  aliveState?(): Promise<AliveState | undefined>;
  /** Every entry of these scopes is stale from now on (in-flight reads included). */
  invalidate(scopes: readonly string[]): Promise<void>;
  /** Every entry of this tenant is stale (after invalidations may have been missed). */
  invalidateAll(): Promise<void>;
  close(): Promise<void>;
}
