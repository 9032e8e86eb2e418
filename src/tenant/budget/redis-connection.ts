import { Redis } from 'ioredis';
import { guardRedisWithBreaker, type CircuitBreaker, type Logger } from '../../util/index.js';
import { displayRedisUrl } from './redis-url.js';

export interface RedisConnectionOptions {
  url: string;
  /** Names the connection in log lines (`budget`, `cache`). */
  role: string;
  logger?: Logger | undefined;
  /** Longest a command may take before it counts as Redis being unreachable. */
  commandTimeoutMs?: number;
  /**
   * Told when the connection's circuit breaker opens (Redis down or hung) and closes (a command
   * succeeded again). Without it the change is logged as `<role>: Redis unreachable` / `<role>: Redis
   * is back`, one line each; an owner that must act on it (the budget) logs its own line.
   */
  onBreakerChange?: (state: 'open' | 'closed', reason: string) => void;
  /** Failures in a row that open the breaker, and how long it stays open (see `createCircuitBreaker`). */
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  /** Called when the breaker closes again (a command succeeded), besides the state line. */
  onRecovered?: () => void;
}

/**
 * A Redis connection for callers that must never wait on Redis: commands fail at once while the
 * connection is down (no offline queue) or after `commandTimeoutMs`, so the caller falls back to
 * its local way instead of stalling a request; ioredis keeps reconnecting in the background.
 * A Redis that is connected but does not answer (stopped, partitioned) would still cost every
 * command its timeout, so the connection sits behind a circuit breaker: after a few timeouts in a
 * row commands are refused at once for a cooldown, then one goes through as a probe.
 */
export function openFailFastRedis(options: RedisConnectionOptions): { redis: Redis; display: string; breaker: CircuitBreaker } {
  const display = displayRedisUrl(options.url);
  const redis = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    connectTimeout: 2_000,
    // Reconnect quickly at first, then every second: a restarted Redis is rejoined within about 1 s.
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  });
  // Without a listener ioredis' connection errors would be unhandled; the owners log state changes.
  redis.on('error', (error: Error) => options.logger?.debug({ err: error.message, role: options.role, redis: display }, 'Redis error'));
  const { logger, role } = options;
  const breaker = guardRedisWithBreaker(redis, {
    ...options.breaker,
    onChange: (state, reason) => {
      if (options.onBreakerChange) options.onBreakerChange(state, reason);
      else if (state === 'open') logger?.warn({ redis: display, err: reason }, `${role}: Redis unreachable; running without it (asking again every few seconds)`);
      else logger?.warn({ redis: display }, `${role}: Redis is back`);
      if (state === 'closed') options.onRecovered?.();
    },
  });
  return { redis, display, breaker };
}

/** One fail-fast connection several owners of a process share (the request and the points budget). */
export interface SharedRedis {
  readonly redis: Redis;
  readonly display: string;
  readonly breaker: CircuitBreaker;
  /** Hears the breaker's changes (open: Redis down or hung; closed: it answers again), as `onBreakerChange` does. */
  onBreakerChange(listener: (state: 'open' | 'closed', reason: string) => void): void;
  /** Takes a share of the connection; the release of the last share closes it. */
  retain(): () => Promise<void>;
}

/**
 * `openFailFastRedis` for several owners: each hears the breaker's changes (and says its own line),
 * each releases its share, and the connection closes when the last one does.
 */
export function openSharedRedis(options: Omit<RedisConnectionOptions, 'onBreakerChange' | 'onRecovered'>): SharedRedis {
  const listeners: Array<(state: 'open' | 'closed', reason: string) => void> = [];
  const { redis, display, breaker } = openFailFastRedis({ ...options, onBreakerChange: (state, reason) => listeners.forEach((listener) => listener(state, reason)) });
  let shares = 0;
  let closed: Promise<void> | undefined;
  return {
    redis,
    display,
    breaker,
    onBreakerChange: (listener) => void listeners.push(listener),
    retain() {
      shares++;
      let released = false;
      return async () => {
        if (released) return closed;
        released = true;
        if (--shares > 0) return;
        closed ??= redis.quit().then(
          () => {},
          () => redis.disconnect(),
        );
        return closed;
      };
    },
  };
}

/**
 * Settles when the first connection attempt is decided: ready, or closed (refused, reset), or
 * after `maxMs` at most. Callers wait on it once at start, so the first requests of a process do
 * not count a connection still being made as Redis being down.
 */
export function untilFirstConnection(redis: Redis, maxMs = 5_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    timer.unref();
    redis.once('ready', done);
    redis.once('close', done);
  });
}
