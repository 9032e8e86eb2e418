import { Redis } from 'ioredis';
import type { Logger } from '../../util/index.js';
import { displayRedisUrl } from './redis-url.js';

export interface RedisConnectionOptions {
  url: string;
  /** Names the connection in log lines (`budget`, `cache`). */
  role: string;
  logger?: Logger | undefined;
  /** Longest a command may take before it counts as Redis being unreachable. */
  commandTimeoutMs?: number;
}

/**
 * A Redis connection for callers that must never wait on Redis: commands fail at once while the
 * connection is down (no offline queue) or after `commandTimeoutMs`, so the caller falls back to
 * its local way instead of stalling a request; ioredis keeps reconnecting in the background.
 */
export function openFailFastRedis(options: RedisConnectionOptions): { redis: Redis; display: string } {
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
  return { redis, display };
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
