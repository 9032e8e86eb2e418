import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Config, RateBudget, TenantConfig } from '../../config/index.js';
import type { CircuitBreaker, Logger } from '../../util/index.js';
import { tenantKeyFingerprint } from './fingerprint.js';
import { LocalGcra, shareOf } from './gcra.js';
import { createPacedQueue, type TakeNow } from './paced-queue.js';
import type { SharedRedis } from './redis-connection.js';
import { displayRedisUrl } from './redis-url.js';
import { HEARTBEAT_SCRIPT, PAUSE_SCRIPT, TAKE_SCRIPT } from './redis-scripts.js';
import { systemBudgetClock, type AcquireOptions, type AcquireResult, type BudgetClock, type BudgetKind, type RequestBudget } from './types.js';

export interface TenantBudgetOptions {
  /** Names the tenant (through its fingerprint only). */
  apiKey: string;
  /** The tenant's request budget (TI_RATE_PER_MINUTE / TI_RATE_BURST); undefined: no request bucket. */
  requests: RateBudget | undefined;
  /** The tenant's write budget (TI_RATE_WRITES_PER_MINUTE); writes draw from both. */
  writes: RateBudget | undefined;
  /** TI_RATE_INSTANCES: how many sharers split the budget when they cannot meet in Redis. */
  instances: number | undefined;
  /** REDIS_URL; unset, the budget is this process's own (split by `instances` when given). */
  redisUrl: string | undefined;
  /** A connection to `redisUrl` shared with the points budget (`openBudgetRedis`), instead of one of its own. */
  redis?: Promise<SharedRedis> | undefined;
  /** Key prefix (TI_REDIS_NAMESPACE), `ti-graph` by default. */
  namespace?: string | undefined;
  logger?: Logger | undefined;
  clock?: BudgetClock;
  /** How often a sharer says it is alive (for the equal split). Default 2 s. */
  heartbeatMs?: number;
  /** How long the first acquire waits for the first connection before going local. Default 5 s. */
  connectWaitMs?: number;
}

export interface TenantBudgetStats {
  /** `redis` while the budget is shared; `local` without Redis or while it is unreachable. */
  mode: 'redis' | 'local';
  /** Slots handed out. */
  acquired: number;
  /** Of those, slots that had to wait. */
  waited: number;
  waitedMs: number;
  /** Acquires refused because the slot lay past the caller's longest wait. */
  refused: number;
  /** Pauses reported (429s, `X-RateLimit-Remaining: 0`). */
  pauses: number;
  /** Times Redis became unreachable and the local share took over. */
  fallbacks: number;
  /** Times Redis came back and the shared budget resumed. */
  rejoins: number;
  /** Sharers last seen in Redis (this one included). */
  sharers: number | undefined;
  /** Callers waiting for a slot right now. */
  queued: number;
  /**
   * Share of the time since the budget was made during which some caller waited for a slot: near 1
   * means the budget, not the work, sets the pace.
   */
  busyRatio: number;
}

export interface TenantBudget extends RequestBudget {
  /** True when configured to share over Redis (whether or not Redis answers right now). */
  readonly shared: boolean;
  stats(): TenantBudgetStats;
  /** Requests the tenant's request bucket would let through at once, now (undefined: no request bucket). For the metrics. */
  tokensLeft(): Promise<number | undefined>;
  close(): Promise<void>;
}

type TakeReply = [number, number, number];
interface BudgetRedis extends Redis {
  tiBudgetTake(...args: Array<string | number>): Promise<TakeReply>;
  tiBudgetPause(key: string, ms: number): Promise<number>;
  tiBudgetHeartbeat(key: string, member: string, windowMs: number): Promise<number>;
}

/**
 * One budget per tenant for every process that calls it (gateways, sync, poller). With Redis the
 * buckets live there, booked atomically by a Lua script, and a pause reported by any sharer holds
 * them all. Redis unreachable: this process spends its own share (1/TI_RATE_INSTANCES, or an equal
 * split among the sharers last seen) from a local bucket, says so once, and rejoins the shared
 * budget when Redis answers again. No acquire fails because of Redis.
 */
export function createTenantBudget(options: TenantBudgetOptions): TenantBudget {
  const clock = options.clock ?? systemBudgetClock;
  const logger = options.logger;
  for (const budget of [options.requests, options.writes]) {
    if (budget && !(budget.perMinute > 0 && budget.burst >= 1)) {
      throw new RangeError(`rate budget needs perMinute > 0 and burst >= 1, got ${budget.perMinute}/min burst ${budget.burst}`);
    }
  }
  const createdAt = clock.now();
  const buckets: RateBudget[] = [];
  const requestIndex = options.requests ? buckets.push(options.requests) - 1 : undefined;
  const writeIndex = options.writes ? buckets.push(options.writes) - 1 : undefined;
  const indexesFor = (kind: BudgetKind): number[] =>
    [requestIndex, kind === 'write' ? writeIndex : undefined].filter((i): i is number => i !== undefined);

  const counts = { acquired: 0, waited: 0, waitedMs: 0, refused: 0, pauses: 0, fallbacks: 0, rejoins: 0 };
  let sharers: number | undefined;
  let knownPauseUntil = 0;
  const localShare = () => options.instances ?? sharers ?? 1;
  let local = new LocalGcra(buckets.map((b) => shareOf(b, localShare())), clock.now());

  /** A slot from the local bucket, now or never (the paced queue waits and asks again). */
  const takeLocal = (kind: BudgetKind) => {
    const { booked, waitMs } = local.take(indexesFor(kind), clock.now(), 0);
    return { granted: booked, waitMs };
  };
  const noteWait = (waitedMs: number) => {
    counts.waited++;
    counts.waitedMs += waitedMs;
  };
  /** The time between two slots of a kind at this process's rate: its share while local, the tenant's whole rate when shared (the others may take some). */
  const slotIntervalMs = (kind: BudgetKind) => {
    const share = options.redisUrl && mode === 'redis' ? 1 : localShare();
    let interval: number | undefined;
    for (const i of indexesFor(kind)) interval = Math.max(interval ?? 0, 60_000 / shareOf(buckets[i]!, share).perMinute);
    return interval;
  };
  let queue: ReturnType<typeof createPacedQueue> | undefined;
  const paced = (takeNow: TakeNow) => {
    const made = createPacedQueue(takeNow, clock, noteWait, slotIntervalMs);
    queue = made;
    return async (kind: BudgetKind, acquireOptions: AcquireOptions = {}): Promise<AcquireResult> => {
      const result = await made.acquire(kind, acquireOptions);
      if (result.granted) counts.acquired++;
      else counts.refused++;
      return result;
    };
  };
  /** The queue's side of the stats: who waits now, and how much of the time someone did. */
  const queueStats = () => {
    const elapsedMs = clock.now() - createdAt;
    return { queued: queue?.queued() ?? 0, busyRatio: elapsedMs > 0 ? Math.min(1, (queue?.busyMs() ?? 0) / elapsedMs) : 0 };
  };

  const pauseLocally = (ms: number) => {
    const until = clock.now() + ms;
    knownPauseUntil = Math.max(knownPauseUntil, until);
    local.pause(until);
  };

  if (!options.redisUrl) {
    return {
      shared: false,
      acquire: paced(async (kind) => takeLocal(kind)),
      pause(ms) {
        if (!(ms > 0)) return;
        counts.pauses++;
        pauseLocally(ms);
      },
      pauseRemainingMs: () => Math.max(0, knownPauseUntil - clock.now()),
      stats: () => ({ mode: 'local', ...counts, sharers: undefined, ...queueStats() }),
      tokensLeft: async () => (requestIndex === undefined ? undefined : local.available(requestIndex, clock.now())),
      close: async () => {},
    };
  }

  const prefix = `${options.namespace ?? 'ti-graph'}:budget:${tenantKeyFingerprint(options.apiKey)}`;
  const keys = { pause: `${prefix}:pause`, sharers: `${prefix}:sharers`, buckets: buckets.map((_, i) => `${prefix}:${i === writeIndex ? 'writes' : 'requests'}`) };
  const instanceId = randomUUID();
  const heartbeatMs = options.heartbeatMs ?? 2_000;
  const display = displayRedisUrl(options.redisUrl);
  // ioredis is loaded only by processes that share a budget: a lifecycle command without
  // REDIS_URL does not pay for it at start.
  let redis: BudgetRedis | undefined;
  const status = () => redis?.status ?? 'loading';
  let breaker: CircuitBreaker | undefined;
  const connection = Promise.all([import('./redis-connection.js'), options.redis]).then(([module, shared]) => {
    // The connection's breaker decides when Redis is down or back (a closed connection, a few
    // timeouts in a row; a command that succeeded): one log line each, said here.
    const onBreakerChange = (state: 'open' | 'closed', reason: string) => (state === 'open' ? fallBack(reason) : rejoin());
    let made: { redis: Redis; breaker: CircuitBreaker };
    let release: () => Promise<void>;
    if (shared) {
      shared.onBreakerChange(onBreakerChange);
      release = shared.retain();
      made = shared;
    } else {
      const own = module.openFailFastRedis({ url: options.redisUrl!, role: 'budget', logger, commandTimeoutMs: 2_000, onBreakerChange });
      release = () => own.redis.quit().then(() => {}, () => own.redis.disconnect());
      made = own;
    }
    breaker = made.breaker;
    const opened = made.redis as BudgetRedis;
    opened.defineCommand('tiBudgetTake', { lua: TAKE_SCRIPT });
    opened.defineCommand('tiBudgetPause', { numberOfKeys: 1, lua: PAUSE_SCRIPT });
    opened.defineCommand('tiBudgetHeartbeat', { numberOfKeys: 1, lua: HEARTBEAT_SCRIPT });
    opened.on('ready', () => {
      connectedOnce = true;
      void heartbeat(); // the probe that rejoins, if this is a reconnection
    });
    redis = opened;
    return { opened, release, untilFirstConnection: module.untilFirstConnection };
  });

  let mode: 'redis' | 'local' = 'redis';
  let closed = false;
  /** Settles once the first connection is made or given up on, so the first requests do not go local for nothing. */
  const firstConnect = connection.then(({ opened, untilFirstConnection }) => untilFirstConnection(opened, options.connectWaitMs ?? 5_000));

  function fallBack(reason: string): void {
    if (mode === 'local' || closed) return;
    mode = 'local';
    counts.fallbacks++;
    // The shared state is unknown from here: start without a burst, at this process's share.
    local = new LocalGcra(buckets.map((b) => shareOf(b, localShare())), clock.now(), true);
    if (knownPauseUntil > clock.now()) local.pause(knownPauseUntil);
    logger?.warn(
      { redis: display, err: reason, share: `1/${localShare()}`, perMinute: buckets.map((b) => shareOf(b, localShare()).perMinute) },
      'budget: Redis unreachable; spending this instance\'s share of the tenant budget locally until it returns',
    );
  }

  /** A command succeeded after an outage: the shared budget resumes. */
  function rejoin(): void {
    if (mode === 'redis' || closed) return;
    mode = 'redis';
    counts.rejoins++;
    logger?.warn({ redis: display }, 'budget: Redis is back; sharing the tenant budget again');
  }

  let connectedOnce = false;

  async function heartbeat(): Promise<void> {
    // While the breaker is open this is refused at once; once its cooldown is over it is the probe.
    if (!redis || redis.status !== 'ready') return;
    try {
      sharers = await redis.tiBudgetHeartbeat(keys.sharers, instanceId, heartbeatMs * 3);
    } catch {
      return; // a missed heartbeat only makes the equal split a little stale
    }
  }
  const beat = setInterval(() => void heartbeat(), heartbeatMs);
  beat.unref();

  let asked = false;
  async function takeShared(kind: BudgetKind): Promise<{ granted: boolean; waitMs: number }> {
    if (!asked) {
      asked = true;
      if (status() !== 'ready') await firstConnect;
    }
    if (!redis || redis.status !== 'ready') {
      // Down until a command succeeds again (the breaker then says it is back).
      if (breaker) breaker.trip(`Redis connection is ${status()}`);
      else fallBack(`Redis connection is ${status()}`);
      return takeLocal(kind);
    }
    const indexes = indexesFor(kind);
    const args: Array<string | number> = [1 + indexes.length, keys.pause, ...indexes.map((i) => keys.buckets[i]!), 0];
    for (const i of indexes) args.push(60_000 / buckets[i]!.perMinute, Math.max(1, buckets[i]!.burst));
    let reply: TakeReply;
    try {
      // Refused at once while the breaker is open; the breaker counts the failures and says when.
      reply = await redis.tiBudgetTake(...args);
    } catch {
      return takeLocal(kind);
    }
    const [granted, waitMs, pauseMs] = reply;
    if (pauseMs > 0) knownPauseUntil = Math.max(knownPauseUntil, clock.now() + pauseMs);
    return { granted: granted === 1, waitMs };
  }
  const acquire = paced(takeShared);

  return {
    shared: true,
    acquire,
    pause(ms) {
      if (!(ms > 0)) return;
      counts.pauses++;
      pauseLocally(ms);
      const until = clock.now() + ms;
      const share = () => {
        const left = Math.ceil(until - clock.now());
        if (left > 0 && mode === 'redis' && redis && redis.status === 'ready') {
          redis.tiBudgetPause(keys.pause, left).catch(() => {}); // the breaker counts it
        }
      };
      // Before the first connection is made, the pause is shared as soon as it is.
      if (status() === 'ready' || connectedOnce) share();
      else void firstConnect.then(share);
    },
    pauseRemainingMs: () => Math.max(0, knownPauseUntil - clock.now()),
    stats: () => ({ mode: mode === 'redis' && status() === 'ready' ? 'redis' : 'local', ...counts, sharers, ...queueStats() }),
    async tokensLeft() {
      if (requestIndex === undefined) return undefined;
      if (mode === 'local' || !redis || redis.status !== 'ready') return local.available(requestIndex, clock.now());
      // The bucket's state as the take script keeps it (its theoretical arrival time), read with this clock.
      const [tat, pause] = await Promise.all([redis.get(keys.buckets[requestIndex]!), redis.pttl(keys.pause)]);
      if (pause > 0) return 0;
      const bucket = buckets[requestIndex]!;
      const interval = 60_000 / bucket.perMinute;
      const now = clock.now();
      const after = Math.max(Number(tat ?? 0), now);
      return Math.max(0, Math.min(Math.max(1, bucket.burst), Math.floor((now + interval * (Math.max(1, bucket.burst) - 1) - after) / interval) + 1));
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(beat);
      const { opened, release } = await connection;
      if (opened.status === 'ready') await opened.zrem(keys.sharers, instanceId).catch(() => {});
      await release();
    },
  };
}

/**
 * The budget a process on this config draws from: the tenant's request budget, its write budget,
 * shared over `REDIS_URL` under `TI_REDIS_NAMESPACE`. Every process spending the tenant's budget
 * (gateways, sync, the lifecycle commands) builds it the same way.
 */
export function budgetFromConfig(
  config: Pick<Config, 'redisUrl' | 'redisNamespace' | 'budget'>,
  tenant: Pick<TenantConfig, 'apiKey' | 'rateBudget'>,
  logger?: Logger,
  redis?: Promise<SharedRedis>,
): TenantBudget {
  return createTenantBudget({
    apiKey: tenant.apiKey,
    requests: tenant.rateBudget,
    writes: config.budget.writes,
    instances: config.budget.instances,
    redisUrl: config.redisUrl,
    redis,
    namespace: config.redisNamespace,
    logger,
  });
}

/**
 * One Redis connection for a process's request budget and points budget (give it to both
 * `budgetFromConfig` and `pointsBudgetFromConfig`): closed when both are. Loads ioredis only now.
 */
export function openBudgetRedis(url: string, logger?: Logger): Promise<SharedRedis> {
  return import('./redis-connection.js').then((module) => module.openSharedRedis({ url, role: 'budget', logger, commandTimeoutMs: 2_000 }));
}
