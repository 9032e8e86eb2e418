import type { Redis } from 'ioredis';
import { ConfigError } from '../errors/index.js';
import { displayRedisUrl } from '../tenant/budget/redis-url.js';
import type { Logger } from '../util/index.js';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import type { TiEvent } from './event.js';
import { createRedisDedupeStore } from './redis-dedupe-store.js';
import { createSubscriberSet, type SubscriberStats } from './subscriber.js';

/** The one channel every event travels on (under the bus's namespace); subscribers filter by kind and arguments. */
export const EVENTS_TOPIC = 'events';

/** Events a subscriber may have waiting before it is dropped (`TI_GRAPH_SUBSCRIPTION_BUFFER`). */
export const DEFAULT_SUBSCRIBER_BUFFER = 1_000;

export interface EventBus {
  /** Publishes without waiting (the poller, tests); a failure is logged, never thrown. */
  publish(event: TiEvent): void;
  /**
   * Resolves once the event is on its way to every instance: Redis acknowledged the PUBLISH (or,
   * in memory, this instance's subscribers have it). Rejects at once while Redis is known to be down
   * (its breaker is open), and after `publishTimeoutMs` on a Redis that does not answer. The webhook
   * receiver answers 2xx only after this resolved.
   */
  publishConfirmed(event: TiEvent): Promise<void>;
  /**
   * Every event published from now on, on any instance sharing this bus's Redis. The subscriber has
   * a bounded buffer: when `bufferSize` events wait unread, it is dropped (its buffer freed) and its
   * next read rejects with `SubscriptionDroppedError`; publishing never waits for or throws because
   * of a subscriber.
   */
  subscribe(): AsyncIterableIterator<TiEvent>;
  /**
   * Ends every open subscription (their streams complete). For shutdown: a subscription never
   * finishes on its own, so its connection would otherwise hold the server open.
   */
  endSubscriptions(): void;
  /** Open subscribers, and subscribers dropped so far by reason (for the metrics). */
  stats(): SubscriberStats;
  /** The delivery dedupe store: in memory, or shared in Redis when the bus is. */
  readonly dedupe: DedupeStore;
  /** `memory`, or `redis` when events fan out across instances. */
  readonly transport: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * What happens to an event between its arrival at this instance (from Redis, or published here
 * without Redis) and this instance's subscribers: given the function that hands an event to them,
 * returns the function that receives each arriving event. The events service orders webhook events
 * per user here (so every instance orders the events of every other one too).
 */
export type InboundStage = (deliver: (event: TiEvent) => void) => (event: TiEvent) => void;

export interface EventBusOptions {
  /** `redis://` or `rediss://`; unset keeps events in this process. */
  redisUrl?: string | undefined;
  /**
   * Prefix of the Redis channel and dedupe keys (default `ti-graph`): instances that should share
   * events share a namespace; unrelated deployments on one Redis use different ones.
   */
  namespace?: string;
  /** Events a subscriber may have waiting before it is dropped. Default 1,000. */
  bufferSize?: number;
  /** Longest a PUBLISH or dedupe command may wait for Redis. Default 1 s. */
  commandTimeoutMs?: number;
  inbound?: InboundStage;
  logger?: Logger;
}

/**
 * The events bus. In memory by default. With a Redis URL every instance subscribes to one channel
 * at start and publishes on a second connection, so a subscriber on gateway instance B sees an
 * event received by instance A (each instance also hears its own publishes back, exactly once),
 * and deliveries are deduplicated in Redis. Each subscriber has a bounded buffer of its own (see
 * `subscriber.ts`): a client that stops reading is dropped, not buffered for.
 *
 * The publishing connection fails fast (no offline queue, a command timeout, no retries) and sits
 * behind a circuit breaker, so a webhook received while Redis is down or hung is answered 503 at
 * once (the vendor retries it) instead of waiting on Redis.
 */
export function createEventBus(options: EventBusOptions = {}): EventBus {
  const namespace = options.namespace ?? 'ti-graph';
  const channel = `${namespace}:${EVENTS_TOPIC}`;
  const logger = options.logger;
  const subscribers = createSubscriberSet({ bufferSize: options.bufferSize ?? DEFAULT_SUBSCRIBER_BUFFER, logger });
  const arrive = options.inbound ? options.inbound((event) => subscribers.deliver(event)) : (event: TiEvent) => subscribers.deliver(event);
  let closed = false;

  if (!options.redisUrl) {
    const dedupe = createMemoryDedupeStore();
    const publishLocally = (event: TiEvent) => {
      if (!closed) arrive(event);
    };
    return {
      transport: 'memory',
      dedupe,
      publish: publishLocally,
      async publishConfirmed(event) {
        publishLocally(event);
      },
      subscribe: () => subscribers.subscribe(),
      endSubscriptions: () => subscribers.endAll(),
      stats: () => subscribers.stats(),
      async close() {
        if (closed) return;
        closed = true;
        subscribers.endAll();
        await dedupe.close();
      },
    };
  }

  // Validated before any connection is made (a bad URL is a configuration error, said at start).
  const display = redisDisplay(options.redisUrl);
  const redisUrl = options.redisUrl;
  // ioredis loads only when Redis is configured; both connections exist once `connections` settles.
  const connections = import('../tenant/budget/redis-connection.js').then(async ({ openFailFastRedis, untilFirstConnection }) => {
    // A subscriber connection cannot issue other commands, so publishing and SET NX use a second one.
    const publishing = openFailFastRedis({
      url: redisUrl,
      role: 'events',
      logger,
      commandTimeoutMs: options.commandTimeoutMs ?? 1_000,
      onBreakerChange: (state, reason) =>
        state === 'open'
          ? logger?.warn({ redis: display, err: reason }, 'events: Redis unreachable; webhooks are answered 503 (the sender retries) until it returns')
          : logger?.warn({ redis: display }, 'events: Redis is back; webhooks are accepted again'),
    });
    const { Redis } = await import('ioredis');
    // The subscriber keeps ioredis' offline queue: it only ever holds this one SUBSCRIBE, which must
    // not be lost while connecting. No ready check: ioredis' INFO is refused once SUBSCRIBE went
    // out, which dropped the connection before it was ever "ready".
    const subscribing = new Redis(redisUrl, { enableReadyCheck: false, retryStrategy: (times) => Math.min(times * 100, 1_000) });
    watchSubscriber(subscribing, display, logger);
    subscribing.on('message', (from: string, message: string) => {
      if (from !== channel || closed) return;
      let event: TiEvent;
      try {
        event = JSON.parse(message) as TiEvent;
      } catch {
        logger?.warn({ channel }, 'events: a message on the events channel is not JSON; ignored');
        return;
      }
      arrive(event);
    });
    // Subscribed from the start (and re-subscribed by ioredis after each reconnection), so every
    // instance hears every event whether or not it has subscribers yet.
    subscribing.subscribe(channel).catch((error: Error) => logger?.warn({ err: error.message, redis: display }, 'events: SUBSCRIBE failed'));
    // A webhook in the first moments waits (a few seconds at most) for the connection being made,
    // rather than being refused for lack of an offline queue.
    await untilFirstConnection(publishing.redis);
    return { publishing, subscribing };
  });
  // Until the connections exist, the dedupe store waits for them.
  const dedupe = lazyRedisDedupe(
    connections.then(({ publishing }) => publishing.redis),
    `${namespace}:webhook-delivery:`,
  );

  async function publishConfirmed(event: TiEvent): Promise<void> {
    const { publishing } = await connections;
    if (closed) throw new Error('events bus is closed');
    await publishing.redis.publish(channel, JSON.stringify(event));
  }

  return {
    transport: 'redis',
    dedupe,
    publish(event) {
      if (closed) return;
      publishConfirmed(event).catch((error: Error) => logger?.debug({ err: error.message, event: event.name }, 'events: publish failed'));
    },
    publishConfirmed,
    subscribe: () => subscribers.subscribe(),
    endSubscriptions: () => subscribers.endAll(),
    stats: () => subscribers.stats(),
    async close() {
      if (closed) return;
      closed = true;
      subscribers.endAll();
      const { publishing, subscribing } = await connections;
      // QUIT only on a live connection: on one still reconnecting it would wait in the offline queue.
      const end = (redis: Redis) => (redis.status === 'ready' ? redis.quit().catch(() => redis.disconnect()) : redis.disconnect());
      await Promise.allSettled([end(publishing.redis), end(subscribing)]);
    },
  };
}

/** The URL as logs may show it, or a ConfigError naming REDIS_URL. */
function redisDisplay(url: string): string {
  try {
    return displayRedisUrl(url);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('REDIS_URL', 'is not a URL; expected redis://[:password@]host:port[/db]');
  }
}

/** One line when the subscriber connection is lost, one when it is back (not one per retry). */
function watchSubscriber(redis: Redis, display: string, logger: Logger | undefined): void {
  let lost = false;
  redis.on('error', (error: Error) => logger?.debug({ err: error.message, role: 'events-subscriber', redis: display }, 'Redis error'));
  redis.on('close', () => {
    if (lost || redis.status === 'end') return;
    lost = true;
    logger?.warn({ redis: display }, 'events: Redis subscriber connection lost; reconnecting (events from other instances wait until it is back)');
  });
  redis.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger?.warn({ redis: display }, 'events: Redis subscriber connection is back');
  });
}

function lazyRedisDedupe(connection: Promise<Redis>, prefix: string): DedupeStore {
  const store = connection.then((redis) => createRedisDedupeStore(redis, prefix));
  return {
    claim: async (key, ttlMs) => (await store).claim(key, ttlMs),
    release: async (key) => (await store).release(key),
    close: async () => (await store).close(),
  };
}
