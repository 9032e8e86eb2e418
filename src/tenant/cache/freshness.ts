/**
 * How long a cached entry is fresh. While the tenant's events arrive (a webhook or a poll cycle
 * within `eventsWindowMs`), any change reaches the cache as an invalidation, so an entry stays
 * fresh until one comes, bounded by `safetyTtlMs`. When they stop, nothing says what changed, and
 * entries are fresh for the short `ttlMs` only. An entry stored before the events came back is
 * judged by the short TTL too: changes made while they were silent never invalidated it.
 */
export interface FreshnessOptions {
  /** The short TTL (TI_GRAPH_CACHE_TTL_MS). */
  ttlMs: number;
  /** TI_GRAPH_CACHE_SAFETY_TTL_MS: the longest an entry is fresh while events arrive (default 1 h). */
  safetyTtlMs?: number | undefined;
  /** TI_GRAPH_CACHE_EVENTS_WINDOW_MS: events count as arriving when one came within this window (default 2 min; 0: never trusted). */
  eventsWindowMs?: number | undefined;
}

/** When the events last arrived, and since when without a silence longer than the window (epoch ms). */
export interface AliveState {
  last: number;
  since: number;
}

export interface Freshness {
  /** A webhook was accepted or a poll cycle finished; returns the state after it (to share). */
  noteAlive(): AliveState;
  /**
   * What the instances sharing this cache know (Redis): events that reached another instance (a
   * webhook is delivered to one of them) count here too, so every instance keeps entries as long.
   */
  adopt(shared: AliveState): void;
  isFresh(storedAt: number): boolean;
  mode(): 'events' | 'ttl';
  /** How long entries are kept at most: stale ones are still answered (while refreshed) until then. */
  readonly keepMs: number;
}

const DEFAULT_SAFETY_TTL_MS = 3_600_000;
export const DEFAULT_EVENTS_WINDOW_MS = 120_000;

export function createFreshness(options: FreshnessOptions, now: () => number): Freshness {
  const windowMs = options.eventsWindowMs ?? DEFAULT_EVENTS_WINDOW_MS;
  const safetyTtlMs = Math.max(options.ttlMs, options.safetyTtlMs ?? DEFAULT_SAFETY_TTL_MS);
  const startedAt = now();
  let lastAlive = Number.NEGATIVE_INFINITY;
  /**
   * Since when the events have arrived without a silence longer than the window. At start, when the
   * first one comes within the window, since the start: nothing was missed before the first event.
   */
  let aliveSince = Number.POSITIVE_INFINITY;
  const alive = () => windowMs > 0 && now() - lastAlive <= windowMs;
  return {
    noteAlive() {
      if (!alive()) aliveSince = lastAlive === Number.NEGATIVE_INFINITY && now() - startedAt <= windowMs ? startedAt : now();
      lastAlive = now();
      return { last: lastAlive, since: aliveSince };
    },
    adopt(shared) {
      // The shared state is written by every noteAlive of every instance, this one's included; a
      // newer local note (not written yet) stands until it is.
      if (shared.last < lastAlive) return;
      lastAlive = shared.last;
      aliveSince = shared.since;
    },
    isFresh(storedAt) {
      const age = now() - storedAt;
      if (alive() && storedAt >= aliveSince) return age <= safetyTtlMs;
      return age <= options.ttlMs;
    },
    mode: () => (alive() ? 'events' : 'ttl'),
    keepMs: safetyTtlMs,
  };
}
