import type { Redis } from 'ioredis';
import type { DedupeStore } from './dedupe-store.js';

/**
 * The dedupe store shared by every gateway instance on one Redis: `SET key 1 PX ttl NX` is atomic,
 * so when the same delivery reaches instances A and B, exactly one of them processes it.
 */
export function createRedisDedupeStore(redis: Redis, keyPrefix = 'ti-graph:webhook-delivery:'): DedupeStore {
  return {
    async claim(key, ttlMs) {
      const reply = await redis.set(`${keyPrefix}${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX');
      return reply === 'OK';
    },
    async release(key) {
      await redis.del(`${keyPrefix}${key}`);
    },
    // The connection belongs to the bus that created this store; it closes it.
    async close() {},
  };
}
