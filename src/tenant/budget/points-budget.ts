/**
 * The tenant's GraphQL points budget (TI: 100,000 points a minute), beside the request budget and
 * on the same machinery: GCRA, one bucket whose cells are points, a tenant call drawing its priced
 * points (src/cost) at once; shared by every instance through Redis (a Lua script on Redis' clock,
 * the key named by the tenant's fingerprint), each process queueing its callers in FIFO order
 * (`paced-queue.ts`, slots taken only when free now). The request budget's shared pause (a 429
 * seen by any sharer) holds it too. Redis unreachable: this process spends its share
 * (1/TI_RATE_INSTANCES) locally, starting without a burst, and goes back to Redis when it answers.
 */
import type { Redis } from 'ioredis';
import type { Config, RateBudget, TenantConfig } from '../../config/index.js';
import type { CircuitBreaker, Logger } from '../../util/index.js';
import { tenantKeyFingerprint } from './fingerprint.js';
import { LocalGcra, shareOf } from './gcra.js';
import { createPacedQueue } from './paced-queue.js';
import type { SharedRedis } from './redis-connection.js';
import { displayRedisUrl } from './redis-url.js';
import { systemBudgetClock, type AcquireOptions, type AcquireResult, type BudgetClock } from './types.js';

/**
 * Takes `weight` points now if the bucket has them (never books ahead), after the shared pause.
 * KEYS[1] = the request budget's pause key, KEYS[2] = the points bucket's theoretical arrival time.
 * ARGV = interval per point (ms), burst (points), weight (points). Returns { granted (1/0), wait ms }.
 */
const POINTS_TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local pause = redis.call('PTTL', KEYS[1])
if pause < 0 then pause = 0 end
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local weight = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[2]) or '0')
if tat < now then tat = now end
local at = now + pause
local earliest = tat - interval * (burst - weight)
if earliest > at then at = earliest end
if at > now then return { 0, math.ceil(at - now) } end
tat = tat + interval * weight
redis.call('SET', KEYS[2], string.format('%.3f', tat), 'PX', math.ceil(tat - now) + 1000)
return { 1, 0 }
`;

export interface PointsBudgetOptions {
  /** Names the tenant (through its fingerprint only). */
  apiKey: string;
  /** Points a minute, and how many may go at once. */
  points: RateBudget;
  /** TI_RATE_INSTANCES: the share this process spends alone while Redis is unreachable. */
  instances: number | undefined;
  /** REDIS_URL; unset, the budget is this process's own (split by `instances` when given). */
  redisUrl: string | undefined;
  /** A connection to `redisUrl` shared with the request budget (`openBudgetRedis`), instead of one of its own. */
  redis?: Promise<SharedRedis> | undefined;
  namespace?: string | undefined;
  logger?: Logger | undefined;
  clock?: BudgetClock;
}

export interface PointsBudgetStats {
  mode: 'redis' | 'local';
  /** Tenant calls let through, and the points they drew. */
  acquired: number;
  points: number;
  /** Of those, calls that had to wait, and how long in all. */
  waited: number;
  waitedMs: number;
  /** Calls refused: their points lay past their longest wait. */
  refused: number;
}

export interface PointsBudget {
  readonly shared: boolean;
  /** Draws `points` (a tenant call's price): now, or within `maxWaitMs`, else refused with the wait. */
  acquire(points: number, options?: AcquireOptions): Promise<AcquireResult>;
  stats(): PointsBudgetStats;
  close(): Promise<void>;
}

interface PointsRedis extends Redis {
  tiPointsTake(pauseKey: string, pointsKey: string, intervalMs: number, burst: number, weight: number): Promise<[number, number]>;
}

export function createPointsBudget(options: PointsBudgetOptions): PointsBudget {
  const clock = options.clock ?? systemBudgetClock;
  const { logger, points: budget } = options;
  const counts = { acquired: 0, points: 0, waited: 0, waitedMs: 0, refused: 0 };
  let local = new LocalGcra([shareOf(budget, options.instances ?? 1)], clock.now());
  const takeLocal = (weight: number) => {
    const { booked, waitMs } = local.take([0], clock.now(), 0, weight);
    return { granted: booked, waitMs };
  };

  let redis: PointsRedis | undefined;
  let breaker: CircuitBreaker | undefined;
  let connection: Promise<PointsRedis> | undefined;
  let release: (() => Promise<void>) | undefined;
  let mode: 'redis' | 'local' = options.redisUrl ? 'redis' : 'local';
  const prefix = `${options.namespace ?? 'ti-graph'}:budget:${tenantKeyFingerprint(options.apiKey)}`;
  const keys = { pause: `${prefix}:pause`, points: `${prefix}:points` };
  const display = options.redisUrl ? displayRedisUrl(options.redisUrl) : undefined;
  if (options.redisUrl) {
    const url = options.redisUrl;
    connection = Promise.all([import('./redis-connection.js'), options.redis]).then(async ([module, shared]) => {
      // The connection's breaker says when Redis is down or back (one line each, said here).
      const onBreakerChange = (state: 'open' | 'closed', reason: string) => (state === 'open' ? toLocal(reason) : toRedis());
      let made: { redis: Redis; breaker: CircuitBreaker };
      if (shared) {
        shared.onBreakerChange(onBreakerChange);
        release = shared.retain();
        made = shared;
      } else {
        const own = module.openFailFastRedis({ url, role: 'points budget', logger, commandTimeoutMs: 2_000, onBreakerChange });
        release = () => own.redis.quit().then(() => {}, () => own.redis.disconnect());
        made = own;
      }
      breaker = made.breaker;
      const opened = made.redis as PointsRedis;
      opened.defineCommand('tiPointsTake', { numberOfKeys: 2, lua: POINTS_TAKE_SCRIPT });
      redis = opened;
      await module.untilFirstConnection(opened);
      return opened;
    });
  }

  const toLocal = (reason: string) => {
    if (mode === 'local') return;
    mode = 'local';
    // The shared state is unknown from here: no burst, this process's share.
    local = new LocalGcra([shareOf(budget, options.instances ?? 1)], clock.now(), true);
    logger?.warn({ redis: display, err: reason, share: `1/${options.instances ?? 1}` }, "points budget: Redis unreachable; spending this instance's share locally until it returns");
  };
  const toRedis = () => {
    if (mode === 'redis') return;
    mode = 'redis';
    logger?.warn({ redis: display }, 'points budget: Redis is back; sharing the tenant points budget again');
  };

  const queue = createPacedQueue(
    async (_kind, weight) => {
      if (!connection) return takeLocal(weight);
      const client = await connection;
      if (client.status !== 'ready') {
        breaker?.trip(`Redis connection is ${client.status}`);
        return takeLocal(weight);
      }
      try {
        // Refused at once while the breaker is open; the breaker counts failures and says when.
        const [granted, waitMs] = await client.tiPointsTake(keys.pause, keys.points, 60_000 / budget.perMinute, Math.max(1, budget.burst), weight);
        return { granted: granted === 1, waitMs };
      } catch {
        return takeLocal(weight);
      }
    },
    clock,
    (waitedMs) => {
      counts.waited++;
      counts.waitedMs += waitedMs;
    },
  );

  return {
    shared: connection !== undefined,
    async acquire(points, acquireOptions = {}) {
      if (!(points > 0)) return { granted: true, waitedMs: 0 };
      // A call dearer than the whole burst (a large batch) could never find room: it draws a full burst.
      const result = await queue.acquire('read', acquireOptions, Math.min(points, Math.max(1, budget.burst)));
      if (result.granted) {
        counts.acquired++;
        counts.points += points;
      } else counts.refused++;
      return result;
    },
    stats: () => ({ mode: connection && mode === 'redis' && redis?.status === 'ready' ? 'redis' : 'local', ...counts }),
    async close() {
      if (!connection) return;
      await connection;
      await release?.();
    },
  };
}

/** The points budget a process on this config draws from; undefined when TI_GRAPHQL_POINTS_PER_MINUTE is unset. */
export function pointsBudgetFromConfig(
  config: Pick<Config, 'redisUrl' | 'redisNamespace' | 'budget'>,
  tenant: Pick<TenantConfig, 'apiKey'>,
  logger?: Logger,
  redis?: Promise<SharedRedis>,
): PointsBudget | undefined {
  if (!config.budget.points) return undefined;
  return createPointsBudget({
    apiKey: tenant.apiKey,
    points: config.budget.points,
    instances: config.budget.instances,
    redisUrl: config.redisUrl,
    redis,
    namespace: config.redisNamespace,
    logger,
  });
}
