import type { Redis } from 'ioredis';
import type { CacheStore, Lookup, Stamp } from './store.js';

/**
 * Stores only when neither the tenant's epoch nor the scope's generation moved since the read
 * began. KEYS: epoch, generation, entry. ARGV: stamp epoch, stamp generation, value, ttl ms.
 * (A missing key reads as the empty string.)
 */
const SET_IF_UNCHANGED = `
local epoch = redis.call('GET', KEYS[1]) or ''
local generation = redis.call('GET', KEYS[2]) or ''
if epoch ~= ARGV[1] or generation ~= ARGV[2] then return 0 end
redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4])
return 1
`;

/**
 * Gives each key in KEYS[2..] a value never used before (from the tenant's counter, KEYS[1]) that
 * lives ARGV[1] ms: longer than any entry, so a generation cannot lapse back to one an entry holds.
 */
const RENEW_GENERATIONS = `
for i = 2, #KEYS do
  local value = redis.call('INCR', KEYS[1])
  redis.call('SET', KEYS[i], value, 'PX', ARGV[1])
end
return 1
`;

/**
 * Stores unless the tenant's epoch moved or the scope was invalidated after the mark (generations
 * come from the tenant's counter, so "after" is "greater than the counter at the mark"). The entry
 * is stamped with the scope's current generation. KEYS: epoch, generation, entry. ARGV: mark epoch,
 * mark counter, value (JSON without its stamp), ttl ms, stored-at ms.
 */
const SET_IF_NOT_INVALIDATED_SINCE = `
local epoch = redis.call('GET', KEYS[1]) or ''
local generation = redis.call('GET', KEYS[2]) or ''
if epoch ~= ARGV[1] then return 0 end
if generation ~= '' and tonumber(generation) > tonumber(ARGV[2] == '' and '0' or ARGV[2]) then return 0 end
redis.call('SET', KEYS[3], cjson.encode({ s = epoch .. '|' .. generation, t = tonumber(ARGV[5]), j = ARGV[3] }), 'PX', ARGV[4])
return 1
`;

/**
 * Merges one instance's "the events arrived" into the tenant's shared state. KEYS: the state's
 * hash. ARGV: the note's time, its `since`, the events window, the hash's lifetime (ms). Returns
 * the state after it: the latest note, and since when the notes came without a longer silence
 * than the window (kept from the shared state when it was unbroken, else the note's own).
 */
const NOTE_ALIVE = `
local last = tonumber(redis.call('HGET', KEYS[1], 'last') or '')
local since = tonumber(redis.call('HGET', KEYS[1], 'since') or '')
local at = tonumber(ARGV[1])
if last == nil or since == nil or at - last > tonumber(ARGV[3]) then since = tonumber(ARGV[2]) end
if last == nil or at > last then last = at end
redis.call('HSET', KEYS[1], 'last', string.format('%d', last), 'since', string.format('%d', since))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return { string.format('%d', last), string.format('%d', since) }
`;

interface CacheRedis extends Redis {
  tiCacheNoteAlive(aliveKey: string, at: number, since: number, windowMs: number, ttlMs: number): Promise<[string, string]>;
  tiCacheSetSince(epochKey: string, generationKey: string, entryKey: string, epoch: string, counter: string, json: string, ttlMs: number, storedAt: number): Promise<number>;
  tiCacheSet(epochKey: string, generationKey: string, entryKey: string, epoch: string, generation: string, json: string, ttlMs: number): Promise<number>;
  tiCacheRenew(...args: Array<string | number>): Promise<number>;
}

/**
 * The cache in Redis, shared by every instance on it: `<prefix>e:<scope>:<key>` holds
 * `{epoch, generation, value}`; `<prefix>g:<scope>` the scope's generation; `<prefix>epoch` the
 * tenant's. A read is one MGET; a hit needs both to match what the entry was stored under.
 */
export function createRedisStore(connection: Redis, options: { prefix: string; ttlMs: number }): CacheStore {
  const redis = connection as CacheRedis;
  redis.defineCommand('tiCacheSet', { numberOfKeys: 3, lua: SET_IF_UNCHANGED });
  redis.defineCommand('tiCacheRenew', { lua: RENEW_GENERATIONS });
  redis.defineCommand('tiCacheSetSince', { numberOfKeys: 3, lua: SET_IF_NOT_INVALIDATED_SINCE });
  redis.defineCommand('tiCacheNoteAlive', { numberOfKeys: 1, lua: NOTE_ALIVE });
  const { prefix } = options;
  const epochKey = `${prefix}epoch`;
  const counterKey = `${prefix}counter`;
  const generationKey = (scope: string) => `${prefix}g:${scope}`;
  const entryKey = (scope: string, key: string) => `${prefix}e:${scope}:${key}`;
  const leaseKey = (scope: string, key: string) => `${prefix}l:${scope}:${key}`;
  const aliveKey = `${prefix}alive`;
  // Generations must outlive every entry stored under them (see RENEW_GENERATIONS).
  const generationTtlMs = Math.max(options.ttlMs * 2, options.ttlMs + 60_000);
  const splitStamp = (stamp: Stamp) => {
    const at = stamp.indexOf('|');
    return [stamp.slice(0, at), stamp.slice(at + 1)] as const;
  };

  return {
    kind: 'redis',
    async get(scope, key): Promise<Lookup> {
      const [epoch, generation, raw] = await redis.mget(epochKey, generationKey(scope), entryKey(scope, key));
      const stamp = `${epoch ?? ''}|${generation ?? ''}`;
      if (raw) {
        // `v`: the value; `j`: the value as JSON text (stored by the Lua script, which cannot nest it).
        const entry = JSON.parse(raw) as { s: string; v?: unknown; j?: string; t?: number };
        if (entry.s === stamp) return { hit: true, value: entry.j !== undefined ? (JSON.parse(entry.j) as unknown) : entry.v, stamp, storedAt: entry.t ?? 0 };
      }
      return { hit: false, stamp };
    },
    async set(scope, key, value, stamp, ttlMs) {
      const [epoch, generation] = splitStamp(stamp);
      await redis.tiCacheSet(epochKey, generationKey(scope), entryKey(scope, key), epoch, generation, JSON.stringify({ s: stamp, v: value, t: Date.now() }), Math.max(1, Math.round(ttlMs)));
    },
    async mark() {
      const [epoch, counter] = await redis.mget(epochKey, counterKey);
      return `${epoch ?? ''}|${counter ?? ''}`;
    },
    async setSince(scope, key, value, mark, ttlMs) {
      const [epoch, counter] = splitStamp(mark);
      await redis.tiCacheSetSince(epochKey, generationKey(scope), entryKey(scope, key), epoch, counter, JSON.stringify(value), Math.max(1, Math.round(ttlMs)), Date.now());
    },
    async lease(scope, key, ms) {
      return (await redis.set(leaseKey(scope, key), '1', 'PX', Math.max(1, Math.round(ms)), 'NX')) === 'OK';
    },
    async release(scope, key) {
      await redis.del(leaseKey(scope, key));
    },
    async noteAlive(state, windowMs) {
      const since = Number.isFinite(state.since) ? state.since : state.last;
      const [last, shared] = await redis.tiCacheNoteAlive(aliveKey, Math.round(state.last), Math.round(since), Math.max(0, Math.round(windowMs)), Math.max(60_000, Math.round(windowMs * 2)));
      return { last: Number(last), since: Number(shared) };
    },
    async aliveState() {
      const [last, since] = await redis.hmget(aliveKey, 'last', 'since');
      if (!last || !since) return undefined;
      return { last: Number(last), since: Number(since) };
    },
    async invalidate(scopes) {
      if (scopes.length === 0) return;
      await redis.tiCacheRenew(1 + scopes.length, counterKey, ...scopes.map(generationKey), generationTtlMs);
    },
    async invalidateAll() {
      await redis.tiCacheRenew(2, counterKey, epochKey, generationTtlMs);
    },
    // The connection belongs to the cache that opened it.
    async close() {},
  };
}
